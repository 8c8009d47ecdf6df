/**
 * One country's partners told apart: "with A and B" in the lead, then a paragraph of each partner's own. Each
 * partner pairs with the first country; the partners are no pair of each other; three countries together in one
 * paragraph make none. Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-03-12" })).pairs.map((p) => p.key).sort();

describe("partners told apart", () => {
  it.for([
    [
      "en",
      "Italy signed cooperation agreements with Cuba and Costa Rica.\nWith Cuba, the deal covers solar power.\nWith Costa Rica, the memorandum covers forests.",
      ["CR-IT", "CU-IT"],
    ],
    [
      "fr",
      "Haïti a signé des accords avec l'Argentine et le Suriname.\nAvec l'Argentine, l'accord porte sur la santé.\nAvec le Suriname, le mémorandum porte sur la pêche.",
      ["AR-HT", "HT-SR"],
    ],
    [
      "es",
      "Chile firmó acuerdos con Bolivia y con Perú.\nCon Bolivia, el acuerdo trata del litio.\nCon Perú, el memorando trata de la pesca.",
      ["BO-CL", "CL-PE"],
    ],
    [
      "ru",
      "Госдума ратифицировала соглашения России с Кубой и Того.\nСоглашение с Кубой заменит договор 1997 года.\nСоглашение с Того касается обучения военных.",
      ["CU-RU", "RU-TG"],
    ],
  ] as const)("%s: each partner pairs with the first country", async ([lang, text, expected], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(expected);
  });

  it("gives no pair of the first country with each when the three meet together", async ({ expect }) => {
    const text =
      "Australia's prime minister met with the leaders of Japan and South Korea for a trilateral summit. The three leaders agreed to meet again next year.";
    const pairs = await pairsOf("en", text);
    expect(pairs).not.toContain("AU-JP");
    expect(pairs).not.toContain("AU-KR");
  });
});
