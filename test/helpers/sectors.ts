import { prepare } from "../../src/ingest/match/normalize";
import { findSectors } from "../../src/ingest/recognize/sectors";

/** The sector slugs findSectors gives for a text read in a language. */
export const sectorsIn = (language: string, text: string) =>
  findSectors(prepare(text), undefined, undefined, { language }).sectors.map((s) => s.slug);
