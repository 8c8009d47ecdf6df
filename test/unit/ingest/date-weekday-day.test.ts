import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words, with no publication date; each fails without the rule its test names.
// A weekday glossed by its day in brackets falls once in the URL's filing window: Thursday the 6th of 2024 is 6 June.

const ROWS = [
  ["pt", "Angola e Cabo Verde assinaram nesta quinta-feira (6) em Luanda um acordo sobre pescas."],
  ["de", "Österreich und Ghana unterzeichneten am Donnerstag (6.) in Wien ein Abkommen über Fischerei."],
  ["es", "Chile y Perú firmaron el jueves (6) en Lima un convenio sobre pesca."],
  ["en", "Kenya and Ghana signed an agreement on fisheries in Nairobi on Thursday (6)."],
] as const;

describe("a weekday glossed by its day, within the URL's filing window", () => {
  it.for(ROWS)("%s: %s (URL filed under 2024)", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, url: "https://news.example.org/2024/fisheries-agreement-signed" });
    expect(a.eventDate?.date).toBe("2024-06-06");
  });
  it.for(ROWS)("%s: %s (URL filed under June 2024)", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, url: "https://news.example.org/2024/06/fisheries-agreement-signed" });
    expect(a.eventDate?.date).toBe("2024-06-06");
  });
  it("pt: a weekday and day that fall twice in the window date nothing", async ({ expect }) => {
    // Friday the 13th fell in both September and December 2024.
    const a = await analyze({
      text: "Angola e Cabo Verde assinaram nesta sexta-feira (13) em Luanda um acordo sobre pescas.",
      language: "pt",
      url: "https://news.example.org/2024/fisheries-agreement-signed",
    });
    expect(a.eventDate?.date).toBeUndefined();
  });
});
