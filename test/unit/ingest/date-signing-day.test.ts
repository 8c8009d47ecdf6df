import { describe, it } from "vitest";
import { monthTimes } from "../../../src/ingest/recognize/date-month-time";
import { datesOf, signedOn, signedOnEach } from "../../helpers/date-cases";

// FICTIONAL reports and sentences in the project's words; each fails without the rule its test names.

describe("a batch signed at an occasion the report dates elsewhere takes that occasion's day", () => {
  it.for(["pt-date-signed-at-summit", "fr-date-signed-at-summit", "de-date-signed-at-meeting"])(
    "%s",
    async (name, { expect }) => {
      expect((await datesOf(name)).signed).toEqual(["2026-03-10"]);
    },
  );

  signedOnEach(
    [
      [
        "en",
        "The president ends his visit to Ghana today. The first bilateral summit was held on Tuesday. At the summit, Ghana and Kenya signed four agreements.",
      ],
      [
        "it",
        "Il presidente keniano conclude oggi la visita in Ghana. Il primo vertice bilaterale si è tenuto martedì. Al vertice il Ghana e il Kenya hanno firmato quattro accordi.",
      ],
      [
        "es",
        "El presidente keniano concluye hoy su visita a Ghana. La primera cumbre bilateral se celebró el martes. En la cumbre, Ghana y Kenia firmaron cuatro acuerdos.",
      ],
      [
        "ru",
        "Президент Кении сегодня завершает визит в Гану. Во вторник прошел первый двусторонний саммит. На саммите Гана и Кения подписали четыре соглашения.",
      ],
    ],
    "2026-03-11",
    ["2026-03-10"],
  );
});

describe("an occasion over days dates a signing only at its close, on its last day", () => {
  signedOnEach(
    [
      [
        "en",
        "India and Japan signed three agreements at the end of the annual summit, which took place in Tokyo on 4–5 December.",
      ],
      [
        "fr",
        "L'Inde et le Japon ont signé trois accords à l'issue du sommet annuel, qui s'est tenu à Tokyo les 4 et 5 décembre.",
      ],
      [
        "es",
        "India y Japón firmaron tres acuerdos al término de la cumbre anual, celebrada en Tokio del 4 al 5 de diciembre.",
      ],
    ],
    "2026-12-07",
    ["2026-12-05"],
  );

  // Without one, it is dated as the report's happening is, by the first day (as analysts date such reports).
  it("without a closing word, the signing takes the occasion's first day, the report's event day", async ({
    expect,
  }) => {
    const text =
      "India and Japan signed three agreements during the annual summit, which took place in Tokyo on 4–5 December.";
    expect(await signedOn("en", text, "2026-12-07")).toEqual(["2026-12-04"]);
  });
});

describe("a later mention of the report's one signing, with no day of its own, is of that signing's day", () => {
  // FICTIONAL: the lead's meeting is on Tuesday, the signing on Monday; the last sentence restates the agreements.
  signedOnEach(
    [
      [
        "en",
        "The presidents of Ghana and Kenya met in Accra on Tuesday to review their cooperation. On Monday, the two foreign ministers signed four agreements on trade and energy. The agreements signed open the way to a free trade zone.",
      ],
      [
        "fr",
        "Les présidents du Ghana et du Kenya se sont rencontrés mardi à Accra. Lundi, les deux ministres des affaires étrangères ont signé quatre accords sur le commerce et l'énergie. Les accords signés ouvrent la voie à une zone de libre-échange.",
      ],
      [
        "es",
        "Los presidentes de Ghana y Kenia se reunieron el martes en Accra. El lunes, los dos cancilleres firmaron cuatro acuerdos sobre comercio y energía. Los acuerdos firmados abren el camino a una zona de libre comercio.",
      ],
      [
        "ru",
        "Президенты Ганы и Кении встретились во вторник в Аккре. В понедельник министры иностранных дел двух стран подписали четыре соглашения о торговле и энергетике. Подписанные соглашения открывают путь к зоне свободной торговли.",
      ],
    ],
    "2026-03-12",
    ["2026-03-09"],
  );
});

describe("a signing the text puts earlier keeps no day of the report", () => {
  it("en-date-signed-last-week: not the day the ministry spoke", async ({ expect }) => {
    expect((await datesOf("en-date-signed-last-week")).signed).toEqual([null]);
  });

  signedOnEach(
    [
      [
        "fr",
        "Le Sénégal et le Maroc ont signé la semaine dernière à Dakar trois accords, a annoncé lundi le ministère.",
      ],
      [
        "it",
        "Italia e Tunisia hanno firmato la settimana scorsa a Roma tre accordi, ha reso noto lunedì il ministero.",
      ],
      ["es", "Chile y Perú firmaron la semana pasada en Lima tres acuerdos, informó el lunes la cancillería."],
      [
        "pt",
        "Angola e Brasil assinaram na semana passada em Luanda três acordos, anunciou na segunda-feira o ministério.",
      ],
      [
        "de",
        "Deutschland und Kenia haben vergangene Woche in Nairobi drei Abkommen unterzeichnet, teilte das Ministerium am Montag mit.",
      ],
      ["ru", "Россия и Вьетнам на прошлой неделе подписали в Ханое три соглашения, сообщил в понедельник МИД."],
      ["ar", "وقعت مصر والأردن الأسبوع الماضي في عمان ثلاث اتفاقيات، حسبما أعلنت وزارة الخارجية يوم الاثنين."],
    ],
    "2026-03-16",
    [null],
  );

  signedOnEach(
    [
      ["en", "Ghana and Kenya signed four agreements earlier this week in Accra."],
      ["fr", "Le Sénégal et le Maroc ont signé cette semaine à Dakar trois accords de coopération."],
      ["es", "Chile y Perú firmaron esta semana en Lima tres acuerdos de cooperación."],
      ["ru", "Россия и Вьетнам на этой неделе подписали в Ханое три соглашения о сотрудничестве."],
    ],
    "2026-03-12",
    [null],
  );

  signedOnEach(
    [
      ["en", "Ghana and Kenya signed a visa exemption agreement in March, the foreign ministry said."],
      ["fr", "Le Sénégal et le Maroc ont signé en mars un accord de coopération culturelle, a indiqué le ministère."],
      ["es", "Chile y Perú firmaron en marzo un acuerdo de cooperación cultural, informó la cancillería."],
      ["de", "Deutschland und Kenia haben im März ein Abkommen über kulturelle Zusammenarbeit unterzeichnet."],
    ],
    "2026-07-02",
    [null],
  );
});

describe("a month named as a time with no day", () => {
  it.for([
    ["signed in March", "in March"],
    ["signé en mars 2019", "en mars"],
    ["firmato a marzo", "a marzo"],
    ["im März unterzeichnet", "im März"],
    ["подписали в марте", "в марте"],
    ["وقعت في شهر مارس", "في شهر مارس"],
  ] as const)("%s", ([text, want], { expect }) => {
    expect(monthTimes(text).map((s) => s.text)).toEqual([want]);
  });

  it("is none with a day after it, nor as the first month of a span the instrument is about", ({ expect }) => {
    expect(monthTimes("signed in March 12 and goods supplied in March-June 2023")).toEqual([]);
  });
});
