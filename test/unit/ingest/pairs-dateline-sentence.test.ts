/**
 * A wire dateline closed by a full stop ("MOSCOW, March 6.", "LIMA, 6 de marzo de 2026.", "ANKARA.") is a sentence of
 * its own, not the lead: the lead is the sentence after it, and two countries joined there are its pair. Texts in our
 * own words, with no headline, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const read = async (language: string, text: string) => {
  const a = await analyze({ text, language, publishedAt: "2026-03-07" });
  return { pairs: a.pairs.map((p) => p.key).sort(), place: a.place };
};

describe("a dateline that is a sentence of its own", () => {
  it.for([
    [
      "en",
      "NAIROBI, March 6. Kenya and Uganda reopened the Busia border post to lorries on Friday.",
      "KE-UG",
      "Nairobi",
    ],
    [
      "en",
      "NAIROBI, March 6, 2026. Kenya and Uganda reopened the Busia border post to lorries on Friday.",
      "KE-UG",
      "Nairobi",
    ],
    ["en", "NAIROBI. Kenya and Uganda reopened the Busia border post to lorries on Friday.", "KE-UG", "Nairobi"],
    [
      "fr",
      "ABIDJAN, 6 mars. La Côte d'Ivoire et le Ghana ont rouvert vendredi le poste frontière de Noé.",
      "CI-GH",
      "Abidjan",
    ],
    [
      "es",
      "LIMA, 6 de marzo. Perú y Bolivia reabrieron el viernes el paso fronterizo de Desaguadero.",
      "BO-PE",
      "Lima",
    ],
  ] as const)("%s: %s", async ([lang, text, pair, place], { expect }) => {
    expect(await read(lang, text)).toEqual({ pairs: [pair], place });
  });

  // The sentence after the dateline names one country only: still no pair.
  it("a lead naming one country makes no pair", async ({ expect }) => {
    const got = await read("en", "NAIROBI, March 6. Kenya reopened the Busia border post to lorries on Friday.");
    expect(got.pairs).toEqual([]);
  });
});
