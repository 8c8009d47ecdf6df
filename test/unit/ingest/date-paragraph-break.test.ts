import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words.

const URL = "https://news.example.org/politics/visit";

// A page's date line, a blank line, then a lead opening with a dash and "today": no range runs across the break.
const ACROSS_BREAK = [
  ["it", "24 luglio 2021\n\n- Oggi a Roma Italia e Tunisia hanno firmato un accordo sull'energia."],
  ["fr", "24 juillet 2021\n\n- Aujourd'hui à Paris, la France et la Tunisie ont signé un accord sur l'énergie."],
  ["es", "24 de julio de 2021\n\n- Hoy en Madrid, España y Túnez firmaron un acuerdo sobre energía."],
  ["en", "24 July 2021\n\n- Today in London, Britain and Tunisia signed an energy agreement."],
] as const;

describe("no date range across a paragraph break", () => {
  it.for(ACROSS_BREAK)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, url: URL, publishedAt: "2023-12-12" });
    expect(a.eventDate?.date).toBe("2023-12-12");
    expect(a.dates.some((d) => d.endDate !== undefined)).toBe(false);
  });
});

describe("guards", () => {
  it("de: a date with spaced dots before a blank line is still read", async ({ expect }) => {
    const a = await analyze({
      text: "Berlin, 12. 5. 2025\n\nDeutschland und Polen haben ein Abkommen über Katastrophenschutz unterzeichnet.",
      language: "de",
      url: URL,
      publishedAt: "2025-05-15",
    });
    expect(a.eventDate?.date).toBe("2025-05-12");
  });
  it("en: a date split over a single line break is still read", async ({ expect }) => {
    const a = await analyze({
      text: "Britain and Poland signed a civil protection agreement in London on 12\nMay 2025, the ministry said.",
      language: "en",
      url: URL,
      publishedAt: "2025-05-15",
    });
    expect(a.eventDate?.date).toBe("2025-05-12");
  });
});
