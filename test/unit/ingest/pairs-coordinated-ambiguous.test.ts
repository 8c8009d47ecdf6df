import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words. A name that is also a person's, a US state's or a word is a country when a
// bare "and" joins it to another country's name, and only then.
describe("an ambiguous country name coordinated with another country", () => {
  it("is the country: 'Chad and Qatar', 'between Jordan and Iraq', 'Georgia–Armenia', 'مالي والنيجر'", async ({
    expect,
  }) => {
    for (const [language, text, pair] of [
      ["en", "Chad and Qatar signed a culture agreement in Doha on Wednesday.", "QA-TD"],
      ["en", "Talks between Jordan and Iraq ended in Baghdad on Monday with a trade memorandum.", "IQ-JO"],
      ["en", "The Georgia–Armenia border commission met again and agreed to open a crossing.", "AM-GE"],
      ["es", "Chad y Catar firmaron el miércoles en Doha un acuerdo cultural.", "QA-TD"],
      ["ar", "وقعت مالي والنيجر اتفاقية للتعاون الأمني في نيامي.", "ML-NE"],
      ["ar", "وقعت النيجر ومالي اتفاقية للتعاون الأمني في نيامي.", "ML-NE"],
    ] as const) {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(
        a.pairs.map((p) => p.key),
        text,
      ).toEqual([pair]);
    }
  });

  it("stays ambiguous with anything else between, or written as an ordinary word", async ({ expect }) => {
    for (const [language, text, code] of [
      [
        "en",
        "Michael Jordan and his friends toured Cairo, and Egypt's tourism board thanked Jordan for the visit.",
        "JO",
      ],
      ["en", "Chad Miller and Egypt's minister of tourism opened the fair in Cairo.", "TD"],
      ["ar", "قدمت مصر دعما مالي وفني لمشروع الطاقة في المغرب.", "ML"],
    ] as const) {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(
        a.countries.map((c) => c.code),
        text,
      ).not.toContain(code);
    }
  });
});
