import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: one country's minister visits the other, and the next sentence recalls a
// summit of many states. The visit to the other country says the report is about the two.
const summit: Record<string, string> = {
  en: "The trip follows the summit of heads of state and government held in Lima in November, where leaders agreed to boost trade.",
  fr: "Ce déplacement suit le sommet des chefs d'État et de gouvernement tenu en novembre à Lima, où les dirigeants ont promis de relancer le commerce.",
  it: "Il viaggio segue il vertice dei capi di Stato e di governo tenuto a novembre a Lima, dove i leader hanno promesso di rilanciare il commercio.",
  es: "La gira sigue a la cumbre de jefes de Estado y de Gobierno celebrada en noviembre en Lima, donde los líderes prometieron impulsar el comercio.",
  pt: "A viagem segue-se à cimeira de chefes de Estado e de Governo realizada em novembro em Lima, onde os líderes prometeram impulsionar o comércio.",
  de: "Die Reise folgt auf den Gipfel der Staats- und Regierungschefs im November in Lima, bei dem die Teilnehmer mehr Handel versprachen.",
  ru: "Поездка проходит после саммита глав государств и правительств в Лиме в ноябре, где лидеры пообещали расширить торговлю.",
  ar: "وتأتي الزيارة بعد القمة التي جمعت رؤساء الدول والحكومات في ليما في نوفمبر، حيث تعهد القادة بتعزيز التجارة.",
};

describe("a visit of one country's minister to the other", () => {
  it.for([
    ["en", "Chile's foreign minister begins a two-day official visit to Japan on Monday, his ministry said."],
    ["fr", "Le ministre chilien des Affaires étrangères entame lundi une visite officielle de deux jours au Japon."],
    ["it", "Il ministro degli Esteri del Cile inizia lunedì una visita ufficiale di due giorni in Giappone."],
    ["es", "El canciller de Chile inicia este lunes una visita oficial de dos días a Japón."],
    ["pt", "O chefe da diplomacia do Chile inicia esta segunda-feira uma visita oficial de dois dias ao Japão."],
    ["de", "Der Außenminister Chiles beginnt am Montag einen zweitägigen offiziellen Besuch in Japan."],
    ["ru", "Министр иностранных дел Чили в понедельник начинает двухдневный официальный визит в Японию."],
    ["ar", "يبدأ وزير خارجية تشيلي يوم الاثنين زيارة رسمية تستغرق يومين إلى اليابان."],
  ] as const)("makes the two a pair beside a summit recalled after it (%s)", async ([language, lead], { expect }) => {
    const a = await analyze({ text: `${lead}\n${summit[language]}`, language, publishedAt: "2025-03-10" });
    expect(a.pairs.map((p) => p.key)).toEqual(["CL-JP"]);
  });

  it.for([
    [
      "en",
      "Egypt's president arrived in Addis Ababa on Saturday on a visit to Ethiopia to take part in the African Union summit, which opens on Sunday with leaders from 40 countries. The summit will discuss security in the Sahel and the debt of African states.",
    ],
    [
      "fr",
      "Le président égyptien est arrivé samedi en visite en Éthiopie pour participer au sommet de l'Union africaine, qui s'ouvre dimanche en présence de dirigeants de 40 pays. Le sommet discutera de la sécurité au Sahel.",
    ],
    [
      "es",
      "El presidente de Egipto llegó el sábado en visita a Etiopía para participar en la cumbre de la Unión Africana, que reúne a líderes de 40 países. La cumbre debatirá la seguridad en el Sahel.",
    ],
    [
      "ar",
      "وصل الرئيس المصري أمس في زيارة إلى إثيوبيا للمشاركة في قمة الاتحاد الأفريقي التي تفتتح اليوم بحضور قادة 40 دولة. وتناقش القمة الأمن في منطقة الساحل.",
    ],
  ] as const)(
    "makes no pair of a visit to the host of a summit of many, to attend it (%s)",
    async ([language, text], { expect }) => {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(a.pairs).toEqual([]);
    },
  );

  it("bonds no country named after the visit's destination with anything else between", async ({ expect }) => {
    // The destination is a city, not Japan: the sentence tells no visit to Japan.
    const text = `Chile's foreign minister begins a two-day official visit to Lima's port, which Japan helped build.\n${summit.en}`;
    const a = await analyze({ text, language: "en", publishedAt: "2025-03-10" });
    expect(a.pairs).toEqual([]);
  });
});
