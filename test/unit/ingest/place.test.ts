/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import type { ArticleInput } from "../../../src/ingest/types";

// FICTIONAL reports in the project's words (quality/fixtures): each places its happening in one way a real
// report does, and each fails without the rule named in its comment.
const FIXTURES = import.meta.glob<ArticleInput & { expect: { place: string | null } }>(
  "../../../quality/fixtures/*-place-*.json",
  { eager: true, import: "default" },
);

describe("the place of the happening", () => {
  it("has the place patterns", ({ expect }) => {
    expect(Object.keys(FIXTURES).length).toBe(37);
  });

  it.for(Object.entries(FIXTURES).map(([path, f]) => [path.replace(/^.*\//, ""), f] as const))(
    "%s",
    async ([, f], { expect }) => {
      const { expect: want, ...input } = f;
      expect((await analyze(input)).place ?? null).toBe(want.place);
    },
  );

  it("never takes a venue named as an institution, not a place ('the Kremlin said')", async ({ expect }) => {
    const a = await analyze({
      text: "The Kremlin said on Monday that Russia and Egypt would build a nuclear plant together. No date was given.",
      publishedAt: "2026-03-03",
    });
    expect(a.place ?? null).toBe(null);
  });

  // FICTIONAL sentences in the project's words: each pattern in the languages that write it.
  it.for([
    [
      "a city-state named after a locative is its capital",
      "en",
      "The foreign ministers of Vietnam and Singapore held talks in Singapore on Monday about shipping.",
      "Singapore",
    ],
    [
      "a city-state named after a locative is its capital",
      "fr",
      "Le prince souverain a reçu mardi à Monaco le président italien pour parler de fiscalité.",
      "Monaco",
    ],
    [
      "a city-state named after a locative is its capital",
      "it",
      "Il ministro degli Esteri russo è arrivato lunedì a San Marino per colloqui sul turismo.",
      "San Marino",
    ],
    [
      "a city-state named after a locative is its capital",
      "es",
      "El ministro chileno fue recibido el lunes en Luxemburgo por su homólogo para hablar de finanzas.",
      "Luxembourg",
    ],
    [
      "a city-state named after a locative is its capital",
      "pt",
      "O primeiro-ministro etíope reuniu-se na terça-feira em Djibuti com o presidente do país.",
      "Djibouti",
    ],
    [
      "a city-state named after a locative is its capital",
      "ru",
      "Министры иностранных дел Египта и Кувейта провели переговоры в Кувейте во вторник.",
      "Kuwait City",
    ],
    [
      "a city-state named after a locative is its capital",
      "de",
      "Der Papst empfing am Montag im Vatikan den Präsidenten Argentiniens zu einem Gespräch.",
      "Vatican City",
    ],
    [
      "a city-state named after a locative is its capital",
      "ar",
      "أجرى وزيرا خارجية سنغافورة وماليزيا محادثات في سنغافورة يوم الاثنين حول التجارة.",
      "Singapore",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "fr",
      "Le ministre marocain a été reçu lundi au Caire par son homologue égyptien.",
      "Cairo",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "it",
      "Il ministro olandese ha ricevuto lunedì all'Aia il collega marocchino per parlare di porti.",
      "The Hague",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "it",
      "Il ministro marocchino è giunto lunedì all’Avana per colloqui con il governo cubano.",
      "Havana",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "it",
      "Il principe ereditario saudita ha ricevuto lunedì alla Mecca il presidente egiziano.",
      "Mecca",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "es",
      "El canciller marroquí llegó el lunes al Cairo para reunirse con su homólogo egipcio.",
      "Cairo",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "pt",
      "O ministro marroquino foi recebido na segunda-feira no Cairo pelo homólogo egípcio.",
      "Cairo",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "de",
      "Der marokkanische Außenminister wurde am Montag in Den Haag von seinem Amtskollegen empfangen.",
      "The Hague",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "ru",
      "Министра иностранных дел Марокко в понедельник приняли в Гааге.",
      "The Hague",
    ],
    [
      "a preposition merged with the article of a city's name places it",
      "ar",
      "استقبل وزير الخارجية المصري يوم الاثنين بالقاهرة نظيره المغربي.",
      "Cairo",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "en",
      "The Vietnamese president reached Manila on Monday for a two-day state visit.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "en",
      "The Vietnamese president visited Manila on Monday to talk about rice.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "fr",
      "Le président vietnamien a rejoint lundi Manille pour une visite d'État.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "fr",
      "Le président vietnamien est arrivé lundi dans la capitale philippine, Manille, pour une visite.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "it",
      "Il presidente vietnamita è arrivato lunedì nella capitale filippina Manila per una visita.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "es",
      "El presidente vietnamita visitó el lunes Manila para hablar de arroz.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "pt",
      "O presidente vietnamita visitou na segunda-feira Manila para falar de arroz.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "ru",
      "Президент Вьетнама в понедельник прибыл в столицу Филиппин Манилу.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "ru",
      "Президент Вьетнама в понедельник посетил Манилу.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "de",
      "Der vietnamesische Präsident besuchte am Montag Manila.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "de",
      "Der vietnamesische Präsident reiste am Montag zu Gesprächen nach Manila.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "ar",
      "وصل الرئيس الفيتنامي يوم الاثنين إلى مانيلا في زيارة دولة.",
      "Manila",
    ],
    [
      "an arrival or visit verb names the happening's place",
      "ar",
      "زار الرئيس الفيتنامي يوم الاثنين مانيلا لبحث تجارة الأرز.",
      "Manila",
    ],
  ])("%s (%s: %s)", async ([, , text, place], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(place);
  });

  it("keeps a large country named after a locative a country ('se reunieron en México')", async ({ expect }) => {
    const text = "Los cancilleres de Guatemala y México se reunieron el lunes en México para hablar de migración.";
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(null);
  });

  it.for([
    ["fr", "Le recteur de l'université du Caire a reçu lundi à Rabat le ministre marocain.", "Rabat"],
    ["it", "Il ministro cubano, partito lunedì dall'Avana, è stato ricevuto a Roma dal collega italiano.", "Rome"],
  ])("a merged 'of' or 'from' names no place of the happening (%s)", async ([, text, place], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(place);
  });

  it.for([
    ["en", "The Vietnamese president reached a deal with Manila on Monday over rice exports."],
    ["es", "El presidente vietnamita visitó el lunes la embajada de Manila en Hanói."],
  ])("a verb whose object is not the place names none (%s: %s)", async ([, text], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(null);
  });
});
