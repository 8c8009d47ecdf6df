/** Commitments read from one sentence (as "status legalForm"), for unit tests of the commitment lexicons. */
import { it } from "vitest";
import { prepare } from "../../src/ingest/match/normalize";
import { setLanguage } from "../../src/ingest/recognize/commitment-word-lists";
import { findCommitments } from "../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../src/ingest/recognize/dates";
import { matchTracks } from "../../src/ingest/recognize/sectors";

/** The signed, ratified or in-force commitments of `text`, published on `day`. */
export function firmCommitments(lang: string, text: string, day = "2026-07-10"): string[] {
  const doc = prepare(text);
  setLanguage(doc, lang);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .map((c) => `${c.status} ${c.legalForm ?? "-"}`)
    .filter((c) => /^(signed|ratified|in_force) /.test(c));
}

/** The fields of the signed, ratified or in-force commitments of `text` (as "sector legalForm"), sorted. */
export function firmSectors(lang: string, text: string, day = "2026-07-10"): string[] {
  const doc = prepare(text);
  setLanguage(doc, lang);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.sector} ${c.legalForm ?? "-"}`)
    .sort();
}

/** Every commitment of a report. */
export function commitmentsOf(lang: string, text: string) {
  const doc = prepare(text);
  setLanguage(doc, lang);
  const dates = findDates(doc, lang, "2026-03-04");
  return findCommitments(doc, matchTracks(doc), dates, "2026-03-04", eventDateOf(dates, "2026-03-04"));
}

/** What a report signs: legal form (or "-") and sector, in the report's order. */
export function signed(lang: string, text: string): string[] {
  return commitmentsOf(lang, text)
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm ?? "-"} ${c.sector}`);
}

/** What a report signs, legal form and track (else sector), sorted and joined. */
export function signedByTrack(lang: string, text: string): string {
  return commitmentsOf(lang, text)
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm} ${c.track ?? c.sector}`)
    .sort()
    .join(", ");
}

/** Every commitment of a report: status and track (else sector), in the report's order. */
export function statuses(lang: string, text: string): string[] {
  return commitmentsOf(lang, text).map((c) => `${c.status} ${c.track ?? c.sector}`);
}

/** How many signed, ratified or in-force instruments `text` gives, a counted batch standing for its count. */
export function firmInstruments(lang: string, text: string, day = "2026-07-10"): number {
  const doc = prepare(text);
  setLanguage(doc, lang);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .reduce((n, c) => n + (c.instruments ?? 1), 0);
}

/** Test cases from texts by language, for `it.for`. */
export function byLanguage(texts: Record<string, string>): { lang: string; text: string }[] {
  return Object.entries(texts).map(([lang, text]) => ({ lang, text }));
}

/** The signed, ratified or in-force commitments of a "<lang> <text>" line. */
export const firmOfLine = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3));

/** One test per "<lang> <text>" line: it signs, ratifies and puts in force nothing. */
export function itSignsNothing(lines: readonly string[]): void {
  it.for(lines)("%s → nothing signed", (line, { expect }) => {
    expect(firmOfLine(line)).toEqual([]);
  });
}

/** One test per "<lang> <text>" line and what it must sign ("signed agreement", …, in the report's order). */
export function itSigns(rows: readonly (readonly [string, readonly string[]])[]): void {
  it.for(rows)("%s → %j", ([line, wanted], { expect }) => {
    expect(firmOfLine(line)).toEqual(wanted);
  });
}
