import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words. A party's general secretary ("segretario generale del Partito",
// "General Secretary of the Communist Party", "secrétaire général du Parti") is no word of the United Nations: the
// instruments of the sentence stay the pair's. The UN's Secretary-General still is a multilateral word.
const PARTY: readonly (readonly [string, string])[] = [
  [
    "it",
    "Il Laos e la Cambogia, durante la visita di Thongloun Sisoulith, segretario generale del Partito popolare rivoluzionario del Laos, hanno firmato lunedì due accordi di cooperazione.",
  ],
  [
    "en",
    "Laos and Cambodia, during the visit of Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary Party, signed two cooperation agreements on Monday.",
  ],
  [
    "fr",
    "Le Laos et le Cambodge, lors de la visite de Thongloun Sisoulith, secrétaire général du Parti populaire révolutionnaire lao, ont signé lundi deux accords de coopération.",
  ],
];

describe("a party's general secretary is no multilateral word", () => {
  it.for(PARTY)("%s: the two agreements are the pair's", async ([, text], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-11" });
    const signed = a.commitments.filter((c) => c.status === "signed");
    expect(signed.reduce((n, c) => n + (c.instruments ?? 1), 0)).toBe(2);
    expect(signed.every((c) => c.sector !== "multilateral")).toBe(true);
  });

  it("keeps the UN's Secretary-General multilateral", async ({ expect }) => {
    const a = await analyze({
      text: "Ghana and Kenya discussed their candidacies at the United Nations on Monday, and their foreign ministers met the Secretary-General in New York.",
      publishedAt: "2026-03-11",
    });
    expect(a.sectors.map((s) => s.slug)).toContain("multilateral");
  });
});
