/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { prepare } from "../../../src/ingest/match/normalize";
import type { ArticleInput } from "../../../src/ingest/types";

type Fixture = ArticleInput & { expect: { eventDate: string | null; place: string | null } };
// FICTIONAL reports in the project's words (quality/fixtures); each fails without the rule its comment names.
const FIXTURES = import.meta.glob<Fixture>("../../../quality/fixtures/*.json", { eager: true, import: "default" });
const fixture = (name: string): Fixture => {
  const f = FIXTURES[`../../../quality/fixtures/${name}.json`];
  if (!f) throw new Error(name);
  return f;
};

const eventDate = (lang: string, text: string, ref?: string) => {
  const doc = prepare(text);
  return eventDateOf(findDates(doc, lang, ref), ref)?.date ?? null;
};

describe("the event date and place of real-report patterns", () => {
  it.for([
    "fr-date-two-days",
    "fr-date-planned-visit",
    "de-date-working-visit-later",
    "es-place-venue-palace",
    "en-multilateral-summit",
    "en-noise-passing",
    "fr-date-weekday-no-year",
    "fr-date-dateline-own-line",
    "fr-date-published-label",
    "en-date-range-title-line",
    "en-date-page-stamp-with-clock",
    "ru-date-clock-minutes-not-day",
    "es-date-dateline-before-page-day",
    "it-date-sea-not-weekday",
    "it-date-name-not-weekday",
    "fr-date-agency-credit",
    "ar-place-president-of-city-state",
    "fr-date-past-summit-after-lead",
    "en-date-past-talks-after-lead",
    "pt-date-past-summit-short-lead",
    "en-pair-dateline-sentence",
    "fr-pair-dateline-sentence",
  ])("%s", async (name, { expect }) => {
    const { expect: want, ...input } = fixture(name);
    const a = await analyze(input);
    const date = a.eventDate?.evidence === "published" && want.eventDate === null ? null : (a.eventDate?.date ?? null);
    expect.soft(date).toBe(want.eventDate);
    expect.soft(a.place ?? null).toBe(want.place);
  });

  it.for(["en-digest", "es-story-break-after-feature", "fr-approvals-several-countries"])(
    "%s: a digest's stories happen in several places, so the report has none",
    async (name, { expect }) => {
      const { expect: want, ...input } = fixture(name);
      const a = await analyze(input);
      expect(want.place).toBe(null);
      expect(a.place ?? null).toBe(null);
    },
  );
});

describe("a happening over two or more days is dated by its first", () => {
  it.for([
    ["en", "The president paid a visit to Ghana on 9 and 10 March 2026."],
    ["en", "The president visited Ghana from 9 to 11 March 2026."],
    ["fr", "Le président a effectué une visite au Ghana les 9 et 10 mars 2026."],
    ["it", "Il presidente ha visitato il Ghana il 9 e 10 marzo 2026."],
    ["es", "El presidente visitó Ghana los días 9 y 10 de marzo de 2026."],
    ["pt", "O presidente visitou o Gana nos dias 9 e 10 de março de 2026."],
    ["de", "Der Präsident besuchte Ghana am 9. und 10. März 2026."],
    ["ru", "Президент посетил Гану 9 и 10 марта 2026 года."],
    ["ru", "Президент находился в Гане с 9 по 11 марта 2026 года."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(eventDate(lang, text, "2026-03-12")).toBe("2026-03-09");
  });
});

describe("a visit planned for a date is still to come", () => {
  it.for([
    ["en", "The king will host the president during a state visit scheduled for 4 to 6 May 2026."],
    ["en", "A state visit, planned for 4 May 2026, is to open a new chapter."],
    ["fr", "Le roi recevra le président lors d'une visite d'Etat prévue du 4 au 6 mai 2026."],
    ["it", "Una visita di Stato, prevista per il 4 maggio 2026, aprirà un nuovo capitolo."],
    ["es", "Una visita de Estado, prevista para el 4 de mayo de 2026, abrirá un nuevo capítulo."],
    ["pt", "Uma visita de Estado, marcada para 4 de maio de 2026, abrirá um novo capítulo."],
    ["de", "Ein Staatsbesuch, geplant für den 4. Mai 2026, soll ein neues Kapitel öffnen."],
    ["ru", "Государственный визит, запланированный на 4 мая 2026 года, откроет новую главу."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(eventDate(lang, text)).toBe(null);
  });
});

describe("a weekday with its day but no year, without a publication date", () => {
  it("keeps no date when no official named bounds the year", async ({ expect }) => {
    const a = await analyze({ text: "Ce jeudi 15 mai, le président libanais a reçu le ministre français à Beyrouth." });
    expect(a.eventDate).toBeUndefined();
  });

  it("keeps no date when the officials' terms hold that weekday twice", async ({ expect }) => {
    // Friday 6 October fell in 2017 and in 2023, both within these two presidents' terms.
    const text = "В пятницу, 6 октября, Владимир Путин и Шавкат Мирзиёев провели переговоры в Москве.";
    expect((await analyze({ text })).eventDate).toBeUndefined();
  });
});

describe("the first day of a visit is the day the visit began", () => {
  // FICTIONAL sentences in the project's words: the visit began on Monday 9 March 2026, published on Wednesday.
  it.for([
    [
      "en",
      "The president arrived in Rabat on Monday. On the first day of the visit, the two leaders signed a declaration.",
    ],
    [
      "fr",
      "Le président est arrivé lundi à Rabat. La première journée de cette visite a été marquée par une déclaration.",
    ],
    [
      "it",
      "Il presidente è arrivato lunedì a Rabat. Il primo giorno della visita i due leader hanno firmato una dichiarazione.",
    ],
    ["es", "El presidente llegó el lunes a Rabat. El primer día de la visita, ambos líderes firmaron una declaración."],
    [
      "pt",
      "O presidente chegou na segunda-feira a Rabat. No primeiro dia da visita, os dois líderes assinaram uma declaração.",
    ],
    [
      "de",
      "Der Präsident traf am Montag in Rabat ein. Am ersten Tag des Besuchs unterzeichneten beide eine Erklärung.",
    ],
    ["ru", "Президент прибыл в Рабат в понедельник. В первый день визита лидеры подписали декларацию."],
    ["ar", "وصل الرئيس إلى الرباط يوم الاثنين. وفي اليوم الأول من الزيارة وقع الزعيمان إعلانا."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    const hits = findDates(prepare(text), lang, "2026-03-11");
    const first = hits.find((h) => h.span && text.indexOf(".") < h.span.start);
    expect(first?.date).toBe("2026-03-09");
  });

  it("says nothing when the text states no day of the visit", ({ expect }) => {
    const text = "On the first day of the visit, the two leaders signed a declaration.";
    expect(findDates(prepare(text), "en", "2026-03-11")).toEqual([]);
  });

  it("dates a signing of the visit's first day by the arrival, the lead by its own day (fr-date-first-day-of-visit)", async ({
    expect,
  }) => {
    const { expect: want, ...input } = fixture("fr-date-first-day-of-visit");
    const a = await analyze(input);
    expect.soft(a.eventDate?.date).toBe(want.eventDate);
    expect.soft(a.commitments.map((c) => [c.legalForm, c.signedOn])).toEqual([["declaration", "2026-05-11"]]);
  });
});

describe("the lead's own day wins over the page's date line", () => {
  // FICTIONAL briefs in the project's words: a date line of 12 May 2026 above a lead that dates a signing on 7 May.
  it.for([
    [
      "en",
      "2026-05-12\n\nMorocco and Ghana sign a memorandum\n\nThe foreign ministers of Morocco and Ghana signed on 7 May a memorandum on fisheries in Rabat.",
    ],
    [
      "fr",
      "12 mai 2026\n\nLe Maroc et le Ghana signent un mémorandum\n\nLes ministres du Maroc et du Ghana ont signé le 7 mai à Rabat un mémorandum sur la pêche.",
    ],
    [
      "it",
      "12 maggio 2026\n\nMarocco e Ghana firmano un memorandum\n\nI ministri di Marocco e Ghana hanno firmato il 7 maggio a Rabat un memorandum sulla pesca.",
    ],
    [
      "es",
      "12 de mayo de 2026\n\nMarruecos y Ghana firman un memorando\n\nLos cancilleres de Marruecos y Ghana firmaron el 7 de mayo en Rabat un memorando sobre pesca.",
    ],
    [
      "pt",
      "12 de maio de 2026\n\nMarrocos e Gana assinam memorando\n\nOs chanceleres de Marrocos e do Gana assinaram a 7 de maio em Rabat um memorando sobre pescas.",
    ],
    [
      "de",
      "12.05.2026\n\nMarokko und Ghana unterzeichnen Memorandum\n\nDie Außenminister Marokkos und Ghanas haben am 7. Mai in Rabat ein Memorandum über Fischerei unterzeichnet.",
    ],
    [
      "ru",
      "12 мая 2026\n\nМарокко и Гана подписали меморандум\n\nМинистры иностранных дел Марокко и Ганы 7 мая подписали в Рабате меморандум о рыболовстве.",
    ],
    [
      "ar",
      "12 مايو 2026\n\nالمغرب وغانا يوقعان مذكرة تفاهم\n\nوقع وزيرا خارجية المغرب وغانا يوم 7 مايو بالرباط مذكرة تفاهم في مجال الصيد البحري.",
    ],
  ] as const)("%s", async ([, text], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).eventDate?.date).toBe("2026-05-07");
  });

  it("keeps publication over a lead's signing more than a month old", async ({ expect }) => {
    const text =
      "12.05.2026\n\nMarokko und Ghana beraten über Fischerei\n\nMarokko und Ghana, die am 2. März ein Memorandum über Fischerei unterzeichnet haben, beraten über dessen Umsetzung.";
    expect((await analyze({ text, publishedAt: "2026-05-12" })).eventDate?.date).toBe("2026-05-12");
  });

  it("dates the fixture de-date-page-line-lead-day by its lead", async ({ expect }) => {
    const { expect: want, ...input } = fixture("de-date-page-line-lead-day");
    expect((await analyze(input)).eventDate?.date).toBe(want.eventDate);
  });
});

// FICTIONAL sentences in the project's words, in reports of Friday 13 March 2026: a Saturday still to come dates
// nothing before the report (its own day stands), never the Saturday past.
describe("a weekday after a demonstrative is the one of the report's own week", () => {
  it.for([
    ["pt", "Este sábado, o primeiro-ministro português visita a Praia.", "2026-03-13"],
    ["es", "Este sábado, el presidente chileno recibe en Santiago a su homólogo peruano.", "2026-03-13"],
    ["fr", "Ce samedi, le président sénégalais reçoit son homologue malien à Dakar.", "2026-03-13"],
    ["it", "Questo sabato il presidente del Consiglio incontra a Roma il premier albanese.", "2026-03-13"],
    ["de", "Diesen Samstag empfängt der Kanzler in Berlin den polnischen Regierungschef.", "2026-03-13"],
    ["ru", "В эту субботу президент примет в Москве египетского лидера.", "2026-03-13"],
    ["en", "This Saturday the president hosts his Malian counterpart in Dakar.", "2026-03-13"],
    ["es", "Este lunes, el presidente chileno recibió en Santiago a su homólogo peruano.", "2026-03-09"],
    ["fr", "Ce mercredi, le président sénégalais a reçu son homologue malien à Dakar.", "2026-03-11"],
  ] as const)("%s: %s", ([lang, text, date], { expect }) => {
    expect(eventDate(lang, text, "2026-03-13")).toBe(date);
  });
});
