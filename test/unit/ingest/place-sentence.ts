import { it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
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

/**
 * One test a row, through the whole pipeline: each report, in its language, is placed where the row says (null:
 * none). `label` names what the rows show.
 */
export function reportsArePlaced(label: string, rows: readonly (readonly [string, string, string | null])[]): void {
  it.for(rows)(`%s: ${label}: %s → %s`, async ([, text, want], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-03-10" })).place ?? null).toBe(want);
  });
}
