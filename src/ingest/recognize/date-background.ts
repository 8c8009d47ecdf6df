/**
 * Dates told as what an anniversary or a commemoration marks ("the commemoration of the floods of 3 May 2021",
 * "the 30th anniversary of the treaty of 12 June 1994"): a written date with its year right after such a word, in its
 * clause, is background and never the report's happening. The words are ours (dates.json `commemoration`, with the
 * anniversary words of commitment-dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { anniversaries } from "./commitment-date-words";

const WORDS = (datesData as unknown as { commemoration: Readonly<Record<string, readonly string[]>> }).commemoration;
/** How far (characters) after the word the date it marks may be. */
const REACH = 80;
/** A year in figures, Western or Arabic-Indic. */
const YEAR = /[0-9٠-٩]{4}/;

let lex: Lexicon<true> | undefined;

/** The anniversary and commemoration words of a text. */
export function markerSpans(doc: MatchDoc): Span[] {
  lex ??= new Lexicon(entriesOf(WORDS, true as const));
  return [...anniversaries(doc), ...lex.match(doc).map((m) => m.span)];
}

/** Whether the date at `span` (explicit, with its year) is what one of `markers` marks, in its clause. */
export function isMarked(doc: MatchDoc, markers: readonly Span[], span: Span): boolean {
  if (!YEAR.test(span.text)) return false;
  return markers.some(
    (w) =>
      w.end <= span.start && span.start - w.end <= REACH && !/[.;:!?\n,،؛]/.test(doc.text.slice(w.end, span.start)),
  );
}
