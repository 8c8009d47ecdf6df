import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: a verb of occurrence in the future standing before the signing noun.
const firm = new Set(["signed", "ratified", "in_force"]);

describe("a signing announced with its verb first", () => {
  it.for([
    ["fr", "Le Maroc et le Ghana. Aura lieu ensuite la signature de trois accords de coopération."],
    ["es", "Marruecos y Ghana. Tendrá lugar después la firma de tres acuerdos de cooperación."],
    ["de", "Marokko und Ghana. Am Samstag findet die Unterzeichnung von drei Abkommen statt."],
    ["ru", "Марокко и Гана. Затем состоится подписание трех соглашений о сотрудничестве."],
    ["ar", "المغرب وغانا. وسيجري توقيع ثلاث اتفاقيات للتعاون."],
    ["ru", "Монголия и Казахстан. По итогам переговоров состоится подписание договора о стратегическом партнерстве."],
  ] as const)("is no signature yet (%s)", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-03-04" });
    expect(a.pairs).toHaveLength(1);
    expect(a.commitments.filter((c) => firm.has(c.status))).toEqual([]);
  });

  it("leaves a signing that took place signed", async ({ expect }) => {
    const a = await analyze({
      text: "Марокко и Гана. Вчера состоялось подписание трех соглашений о сотрудничестве.",
      language: "ru",
      publishedAt: "2026-03-04",
    });
    expect(a.commitments.map((c) => c.status)).toContain("signed");
  });
});
