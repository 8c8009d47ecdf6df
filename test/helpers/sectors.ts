import { it } from "vitest";
import { prepare } from "../../src/ingest/match/normalize";
import { findSectors } from "../../src/ingest/recognize/sectors";

/** The sector slugs findSectors gives for a text read in a language. */
export const sectorsIn = (language: string, text: string) =>
  findSectors(prepare(text), undefined, undefined, { language }).sectors.map((s) => s.slug);

/** One test per row: the text, read in its language, gives the sector. */
export function itFindsFields(rows: readonly (readonly [string, string, string])[]): void {
  it.for(rows)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
}
