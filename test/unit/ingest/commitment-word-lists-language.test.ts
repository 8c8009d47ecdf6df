/**
 * The function words a report reads are its own language's: Spanish "a" is a preposition, not the English article,
 * and Portuguese "do" is "of the" (words of seed/lexicons/commitments.json `lists`).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { lists, setLanguage } from "../../../src/ingest/recognize/commitment-word-lists";

const docIn = (language?: string) => {
  const doc = prepare("x");
  if (language) setLanguage(doc, language);
  return doc;
};

describe("function words by the report's language", () => {
  it("reads a Spanish report's articles and singular words as Spanish", ({ expect }) => {
    const es = lists(docIn("es"));
    expect(es.singular.has("un")).toBe(true);
    expect(es.singular.has("a")).toBe(false);
    expect(es.quantity.has("several")).toBe(false);
  });

  it("reads an English report's as English", ({ expect }) => {
    const en = lists(docIn("en"));
    expect(en.singular.has("a")).toBe(true);
    expect(en.singular.has("un")).toBe(false);
  });

  it("reads every language's when the report's is unknown, and content words always", ({ expect }) => {
    const any = lists(docIn());
    expect(any.singular.has("a") && any.singular.has("un")).toBe(true);
    expect(lists(docIn("es")).plural).toBe(any.plural);
  });
});
