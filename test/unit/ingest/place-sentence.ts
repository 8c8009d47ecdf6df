import { it } from "vitest";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { mainPlace } from "../../../src/ingest/recognize/place";
import { prepare } from "../../../src/ingest/match/normalize";

/** The place of the happening a sentence reports, from the gazetteer's places alone (null when none). */
export function placeIn(text: string): string | null {
  const doc = prepare(text);
  return mainPlace(doc, findCountries(doc).places) ?? null;
}

/** One test a row: each sentence, in its language, is placed where the row says. */
export function placesAre(rows: readonly (readonly [string, string, string])[]): void {
  it.for(rows)("%s: %s → %s", ([, text, want], { expect }) => {
    expect(placeIn(text)).toBe(want);
  });
}
