/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { prepare } from "../../../src/ingest/match/normalize";
import { monthTimes } from "../../../src/ingest/recognize/date-month-time";
import { findDates } from "../../../src/ingest/recognize/dates";
import type { ArticleInput } from "../../../src/ingest/types";

type Fixture = ArticleInput & { expect: { eventDate?: string | null } };
// FICTIONAL reports in the project's words (quality/fixtures); each fails without the rule its test names.
const FIXTURES = import.meta.glob<Fixture>("../../../quality/fixtures/*.json", { eager: true, import: "default" });
const fixture = (name: string): Fixture => {
  const f = FIXTURES[`../../../quality/fixtures/${name}.json`];
  if (!f) throw new Error(name);
  return f;
};

/** The event date (null for the publication date standing in) and the signature dates of a fixture. */
async function datesOf(name: string) {
  const { expect: _want, ...input } = fixture(name);
  const a = await analyze(input);
  const event = a.eventDate && a.eventDate.evidence !== "published" ? a.eventDate.date : null;
  const signed = [...new Set(a.commitments.filter((c) => c.status === "signed").map((c) => c.signedOn ?? null))];
  return { event, signed };
}

/** The signature dates of one text published on `day` (FICTIONAL sentences in the project's words). */
async function signedOn(lang: string, text: string, day: string) {
  const a = await analyze({ text, language: lang, publishedAt: `${day}T10:00:00Z` });
  return [...new Set(a.commitments.filter((c) => c.status === "signed").map((c) => c.signedOn ?? null))];
}

describe("a batch signed at an occasion the report dates elsewhere takes that occasion's day", () => {
  it.for(["pt-date-signed-at-summit", "fr-date-signed-at-summit", "de-date-signed-at-meeting"])(
    "%s",
    async (name, { expect }) => {
      expect((await datesOf(name)).signed).toEqual(["2026-03-10"]);
    },
  );

  it.for([
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
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-03-11")).toEqual(["2026-03-10"]);
  });
});

describe("an occasion over days dates a signing only at its close, on its last day", () => {
  it.for([
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
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-12-07")).toEqual(["2026-12-05"]);
  });

  it("without a closing word, the signing has no day of its own", async ({ expect }) => {
    const text =
      "India and Japan signed three agreements during the annual summit, which took place in Tokyo on 4–5 December.";
    expect(await signedOn("en", text, "2026-12-07")).toEqual([null]);
  });
});

describe("a later mention of the report's one signing, with no day of its own, is of that signing's day", () => {
  // FICTIONAL: the lead's meeting is on Tuesday, the signing on Monday; the last sentence restates the agreements.
  it.for([
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
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-03-12")).toEqual(["2026-03-09"]);
  });
});

describe("a day a stay began ('since Sunday') is not the happening", () => {
  it("es-date-since-arrival-lead: the meeting's day dates the report and its signing", async ({ expect }) => {
    expect(await datesOf("es-date-since-arrival-lead")).toEqual({ event: "2026-03-09", signed: ["2026-03-09"] });
  });
});

describe("the day a visitor arrived is not the day of a signing the lead tells undated", () => {
  it.for(["en-date-arrival-not-event", "pt-date-arrival-not-event"])("%s", async (name, { expect }) => {
    expect(await datesOf(name)).toEqual({ event: null, signed: ["2026-03-09"] });
  });
});

describe("a signing the text puts earlier keeps no day of the report", () => {
  it("en-date-signed-last-week: not the day the ministry spoke", async ({ expect }) => {
    expect((await datesOf("en-date-signed-last-week")).signed).toEqual([null]);
  });

  it.for([
    ["fr", "Le Sénégal et le Maroc ont signé la semaine dernière à Dakar trois accords, a annoncé lundi le ministère."],
    ["it", "Italia e Tunisia hanno firmato la settimana scorsa a Roma tre accordi, ha reso noto lunedì il ministero."],
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
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-03-16")).toEqual([null]);
  });

  it.for([
    ["en", "Ghana and Kenya signed four agreements earlier this week in Accra."],
    ["fr", "Le Sénégal et le Maroc ont signé cette semaine à Dakar trois accords de coopération."],
    ["es", "Chile y Perú firmaron esta semana en Lima tres acuerdos de cooperación."],
    ["ru", "Россия и Вьетнам на этой неделе подписали в Ханое три соглашения о сотрудничестве."],
  ] as const)("a week with no day ('this week'): %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-03-12")).toEqual([null]);
  });

  it.for([
    ["en", "Ghana and Kenya signed a visa exemption agreement in March, the foreign ministry said."],
    ["fr", "Le Sénégal et le Maroc ont signé en mars un accord de coopération culturelle, a indiqué le ministère."],
    ["es", "Chile y Perú firmaron en marzo un acuerdo de cooperación cultural, informó la cancillería."],
    ["de", "Deutschland und Kenia haben im März ein Abkommen über kulturelle Zusammenarbeit unterzeichnet."],
  ] as const)("a month with no day ('signed in March'): %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, "2026-07-02")).toEqual([null]);
  });
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

describe("an entry into force the lead tells as just past is the report's event", () => {
  it("fr-date-signed-in-month: 'est entré en vigueur le 1er juillet' in a report of 2 July", async ({ expect }) => {
    expect((await datesOf("fr-date-signed-in-month")).event).toBe("2026-07-01");
  });

  it("not one of weeks before, nor one told after the lead", async ({ expect }) => {
    const old = "L'accord d'exemption de visas entre le Sénégal et le Maroc est entré en vigueur le 1er juin.";
    const later =
      "Le Sénégal et le Maroc renforcent leur coopération consulaire dans plusieurs domaines, a indiqué le ministère des affaires étrangères dans un communiqué publié à Dakar. L'accord d'exemption de visas est entré en vigueur le 1er juillet.";
    for (const text of [old, later]) {
      const a = await analyze({ text, publishedAt: "2026-07-02T10:00:00Z" });
      expect(a.eventDate?.evidence).toBe("published");
    }
  });
});

describe("a visit's days told after an undated lead, running to publication", () => {
  // FICTIONAL: the lead tells a signing with no day; the visit's days come last and include the publication day.
  it.for([
    [
      "en",
      "Ghana and Kenya signed a memorandum on health cooperation in Accra, the two foreign ministries said. The talks covered trade, energy and the security of the region as a whole. The visit of the Kenyan minister lasts two days, 18–19 January.",
    ],
    [
      "ru",
      "Гана и Кения подписали в Аккре меморандум о сотрудничестве в области здравоохранения, сообщили министерства. Стороны обсудили торговлю, энергетику и безопасность в регионе в целом. Визит министра Кении длится два дня — 18–19 января.",
    ],
    [
      "fr",
      "Le Ghana et le Kenya ont signé à Accra un mémorandum sur la santé, ont indiqué les deux ministères. Les entretiens ont porté sur le commerce, l'énergie et la sécurité de la région dans son ensemble. La visite du ministre kényan dure deux jours, les 18 et 19 janvier.",
    ],
  ] as const)("%s: the publication day stands in", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-01-19T10:00:00Z" });
    expect(a.eventDate?.evidence).toBe("published");
  });

  it("nor do days that begin on the publication day: a weekday gone by dates the report", async ({ expect }) => {
    const text =
      "Ghana and Kenya are preparing a package of memoranda on trade, health and energy for the visit of the Kenyan president, officials in Accra said. The Ghanaian foreign minister is attending a regional forum in Lomé (13–14 March). Talking to reporters on Thursday, a deputy minister said the list was not final.";
    const a = await analyze({ text, publishedAt: "2026-03-13T10:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-03-12");
  });

  it("a visit's days in the lead still date it by the first", async ({ expect }) => {
    const text = "The Kenyan foreign minister is visiting Ghana on 18–19 January for talks on trade and health.";
    const a = await analyze({ text, publishedAt: "2026-01-19T10:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-01-18");
  });
});

describe("a dateline's day, not the page's, is the day the text's 'today' means", () => {
  it.for([
    ["en", "Islamabad, December 22, 2026: Pakistan and Kazakhstan signed six memoranda of understanding here today."],
    ["fr", "Dakar, 22 décembre 2026 : le Sénégal et le Maroc ont signé aujourd'hui six accords de coopération."],
    ["pt", "Luanda, 22 de dezembro de 2026 – Angola e Brasil assinaram hoje seis acordos de cooperação."],
    ["ru", "МОСКВА, 22 декабря. /Агентство/. Россия и Вьетнам подписали сегодня шесть соглашений о сотрудничестве."],
    ["ar", "القاهرة في 22 ديسمبر /وكالة/ وقعت مصر والأردن اليوم ست اتفاقيات للتعاون."],
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-12-23T08:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-12-22");
    expect(new Set(a.commitments.map((c) => c.signedOn))).toEqual(new Set(["2026-12-22"]));
  });
});

describe("a wire dated the day after the page's stamp, in its own time zone", () => {
  // FICTIONAL: filed in Tokyo on Friday 13 March, stamped 12 March 23:30 UTC.
  it.for([
    ["en", "TOKYO, March 13 (Wire) - Japan and India signed a memorandum on semiconductor supply chains on Friday."],
    ["fr", "TOKYO, 13 mars (Agence) - Le Japon et l'Inde ont signé vendredi un mémorandum sur les semi-conducteurs."],
    ["en", "TOKYO, March 13 (Wire) - Japan and India signed a memorandum on semiconductor supply chains today."],
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-03-12T23:30:00Z" });
    // The wire's Friday is the page's Thursday 12 March in UTC, never the Friday a week before.
    expect(a.eventDate?.date).toBe("2026-03-12");
    expect(new Set(a.commitments.map((c) => c.signedOn))).toEqual(new Set(["2026-03-12"]));
  });
});

describe("a day still to come is not resolved into the past", () => {
  it("en-date-likely-weekday: 'likely to be held … on Sunday' is ahead; the official spoke on Thursday", async ({
    expect,
  }) => {
    expect((await datesOf("en-date-likely-weekday")).event).toBe("2026-03-12");
  });
});

describe("'today, 14' with no publication date has no year", () => {
  it.for([
    ["pt", "Os dois países realizam hoje, 14, na Praia, a primeira sessão da comissão mista."],
    ["fr", "Les deux pays tiennent aujourd'hui, 14, à Dakar la première session de leur commission mixte."],
    ["es", "Los dos países celebran hoy, 14, en Lima la primera sesión de su comisión mixta."],
    ["it", "I due paesi tengono oggi, 14, a Roma la prima sessione della commissione mista."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(findDates(prepare(text), lang).map((d) => d.date)).toEqual([]);
  });

  it("pt-date-today-no-year: no event date", async ({ expect }) => {
    expect((await datesOf("pt-date-today-no-year")).event).toBe(null);
  });
});
