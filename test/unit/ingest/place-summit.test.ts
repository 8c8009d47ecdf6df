import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import sentences from "../../fixtures/place-sentences.json";

// FICTIONAL sentences in the project's words (test/fixtures/place-sentences.json).
const placeOf = async (text: string) => (await analyze({ text, publishedAt: "2026-05-12" })).place ?? null;

describe("the place of the happening: a summit named for its city", () => {
  // "the Johannesburg Declaration", "the Cape Town summit", "Johannesburg-Gipfel": the summit's city.
  it.for(sentences.summitNamedForCity)("$language: $text", async (c, { expect }) => {
    expect(await placeOf(c.text)).toBe(c.place);
  });
});

describe("the place of the happening: where the lead's meeting was held, said after a dateline", () => {
  // A dateline is where the report was filed; the sentence after the lead says where its meeting was held.
  it.for(sentences.heldAfterDateline)("$language: $text", async (c, { expect }) => {
    expect(await placeOf(c.text)).toBe(c.place);
  });
});
