import { describe, it } from "vitest";
import data from "../../../seed/lexicons/countries.json";
import cities from "../../../seed/lexicons/gazetteer/cities.json";
import { analyze } from "../../../src/ingest/analyze";
import sentences from "../../fixtures/place-sentences.json";
import { norm } from "../../../src/ingest/match/normalize";
import { countryEntries } from "../../../src/ingest/recognize/gazetteer";
import { placeKey } from "../../../src/ingest/recognize/gazetteer-data";
import { UN_MEMBERS, UN_OBSERVERS } from "../../../src/lib/un-members";

type City = { country: string; names: Partial<Record<string, string[]>> };
const CITIES = Object.entries((cities as unknown as { cities: Record<string, City> }).cities);

describe("the main cities of seed/lexicons/gazetteer/cities.json", () => {
  it("keys each city by its English name, under a UN member or observer, with Russian and (unless ambiguous) Arabic spellings", ({
    expect,
  }) => {
    expect(CITIES.length).toBeGreaterThan(200);
    const listed = new Set(Object.keys(data.places));
    for (const [key, c] of CITIES) {
      expect(UN_MEMBERS.has(c.country) || UN_OBSERVERS.has(c.country), `${key}: ${c.country}`).toBe(true);
      expect(placeKey(c.names.en?.[0] ?? ""), key).toBe(key);
      expect(listed.has(key), `${key} is already a place of countries.json`).toBe(false);
      expect(Array.isArray(c.names.ar), `${key} in Arabic (empty when its only spelling is a common word)`).toBe(true);
      expect(c.names.ru?.length ?? 0, `${key} in Russian`).toBeGreaterThan(0);
    }
  });

  it("spells no city like a country's name in any of our languages ('Granada' is Grenada in Spanish)", ({ expect }) => {
    const countryNames = new Set(
      countryEntries()
        .entries.filter((e) => e.data.kind === "name")
        .map((e) => norm(e.pattern)),
    );
    for (const [key, c] of CITIES)
      for (const n of Object.values(c.names).flat())
        expect(countryNames.has(norm(n ?? "")), `${key}: ${n}`).toBe(false);
  });
});

// FICTIONAL sentences in the project's words (test/fixtures/place-sentences.json): talks held in a port or
// second city, in each language.
describe("a happening in a main city that is no capital", () => {
  it.for(sentences.mainCity)("$language: $text", async (c, { expect }) => {
    expect((await analyze({ text: c.text, publishedAt: "2026-05-12" })).place ?? null).toBe(c.place);
  });
});
