/** Commitments read from one sentence (as "status legalForm"), for unit tests of the commitment lexicons. */
import { prepare } from "../../src/ingest/match/normalize";
import { findCommitments } from "../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../src/ingest/recognize/dates";
import { matchTracks } from "../../src/ingest/recognize/sectors";

/** The signed, ratified or in-force commitments of `text`, published on `day`. */
export function firmCommitments(lang: string, text: string, day = "2026-07-10"): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .map((c) => `${c.status} ${c.legalForm ?? "-"}`)
    .filter((c) => /^(signed|ratified|in_force) /.test(c));
}

/** The fields of the signed, ratified or in-force commitments of `text` (as "sector legalForm"), sorted. */
export function firmSectors(lang: string, text: string, day = "2026-07-10"): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.sector} ${c.legalForm ?? "-"}`)
    .sort();
}
