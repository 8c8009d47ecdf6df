/**
 * Political dialogue told without a meeting: strategic cooperation, a comprehensive partnership, high-level visits
 * and their exchange. Those words qualify an instrument whose clause names another field, which stays its field
 * ("an agreement on strategic cooperation in energy" is about energy). Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findSectors } from "../../../src/ingest/recognize/sectors";
import { firmSectors } from "../../helpers/commitment-read";

const DIALOGUE = [
  ["en", "The treaty between Angola and Russia provides for an exchange of visits and strategic cooperation."],
  ["fr", "Le traité entre l'Angola et la Russie prévoit des visites de haut niveau et une coopération stratégique."],
  ["es", "El tratado entre Angola y Rusia prevé visitas de alto nivel y una asociación integral."],
  ["pt", "O tratado entre Angola e a Rússia prevê visitas de alto nível e uma cooperação estratégica."],
  ["it", "Il trattato tra Angola e Russia prevede visite di alto livello e una cooperazione strategica."],
  [
    "de",
    "Der Vertrag zwischen Angola und Russland sieht hochrangige Besuche und eine strategische Zusammenarbeit vor.",
  ],
  ["ru", "Договор между Анголой и Россией предусматривает обмен визитами и стратегическое сотрудничество."],
  ["ar", "تنص المعاهدة بين أنغولا وروسيا على تبادل الزيارات والتعاون الاستراتيجي."],
] as const;

describe("political dialogue without a meeting", () => {
  it.for(DIALOGUE)("%s: %s", ([language, text], { expect }) => {
    const slugs = findSectors(prepare(text), undefined, undefined, { language }).sectors.map((s) => s.slug);
    expect(slugs).toContain("political-dialogue");
  });
});

describe("an instrument of strategic cooperation in a field is about that field", () => {
  it.for([
    ["en", "Russia and Egypt signed an agreement on strategic cooperation in energy."],
    ["ru", "Россия и Египет подписали соглашение о стратегическом сотрудничестве в области энергетики."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(firmSectors(lang, text)).toEqual(["energy-climate agreement"]);
  });
  it("a memorandum on political consultations alone stays political dialogue", ({ expect }) => {
    expect(firmSectors("en", "Russia and Egypt signed a memorandum on strategic cooperation.")).toEqual([
      "political-dialogue memorandum",
    ]);
  });
});
