import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: an Arabic instrument whose subject follows as a verbal noun with "لـ".
describe("an Arabic verbal noun with 'لـ' after a form", () => {
  it("names the instrument's field, as 'بشأن' does", async ({ expect }) => {
    for (const [text, sector] of [
      ["الأردن وأذربيجان. وقع الجانبان خارطة طريق لتنفيذ مشاريع الطاقة المتجددة.", "energy-climate"],
      ["الأردن وأذربيجان. وقع الجانبان خارطة طريق بشأن مشاريع الطاقة المتجددة.", "energy-climate"],
    ] as const) {
      const a = await analyze({ text, language: "ar", publishedAt: "2026-03-04" });
      expect(
        a.commitments.map((c) => c.sector),
        text,
      ).toEqual([sector]);
    }
  });

  it("reads the field after 'لتطوير' ('اتفاقية لتطوير التعاون الزراعي')", async ({ expect }) => {
    const text = "الأردن وأذربيجان. وقع الجانبان اتفاقية لتطوير التعاون الزراعي.";
    const a = await analyze({ text, language: "ar", publishedAt: "2026-03-04" });
    expect(a.commitments.map((c) => c.sector)).toEqual(["agriculture-food-security"]);
  });
});
