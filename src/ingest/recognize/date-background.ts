/**
 * Dates told as what an anniversary or a commemoration marks ("the commemoration of the floods of 3 May 2021",
 * "the 30th anniversary of the treaty of 12 June 1994"), or as what came before the happening ("The session was
 * preceded by a meeting of senior officials on 28 November 2024"): a written date with its year right after such a
 * word, in its clause, is background and never the report's happening. The words are ours (dates.json
 * `commemoration` and `precededBy`, with the anniversary words of commitment-dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { anniversaries } from "./commitment-date-words";

type ByLang = Readonly<Record<string, readonly string[]>>;
const { commemoration, precededBy } = datesData as unknown as { commemoration: ByLang; precededBy: ByLang };
const { $comment: _c, ...preceded } = precededBy as ByLang & { $comment?: unknown };
/** How far (characters) after the word the date it marks may be. */
const REACH = 80;
/** A year in figures, Western or Arabic-Indic. */
const YEAR = /[0-9٠-٩]{4}/;

/** A marker word of a text, and how far after it the dates it marks may stand. */
export interface Marker extends Span {
  reach: number;
  /** What came before the happening: background only beside another date (the happening's own may be the one told). */
  preceded?: boolean;
}
/** What came before the happening may list several steps ("preceded by X on 28 November and by Y on 2 December"). */
const PRECEDED_REACH = 160;

let lex: Lexicon<number> | undefined;

/** The anniversary, commemoration and precedence words of a text. */
export function markerSpans(doc: MatchDoc): Marker[] {
  lex ??= new Lexicon([...entriesOf(commemoration, REACH), ...entriesOf(preceded as ByLang, PRECEDED_REACH)]);
  return [
    ...anniversaries(doc).map((span) => ({ ...span, reach: REACH })),
    ...lex
      .match(doc)
      .map((m) => ({ ...m.span, reach: m.data, ...(m.data === PRECEDED_REACH ? { preceded: true } : {}) })),
  ];
}

/** The marker that marks the date at `span` (explicit, with its year), in its clause. */
export function markerOf(doc: MatchDoc, markers: readonly Marker[], span: Span): Marker | undefined {
  if (!YEAR.test(span.text)) return undefined;
  return markers.find(
    (w) =>
      w.end <= span.start && span.start - w.end <= w.reach && !/[.;:!?\n,،؛]/.test(doc.text.slice(w.end, span.start)),
  );
}

/** Whether the date at `span` (explicit, with its year) is what one of `markers` marks, in its clause. */
export function isMarked(doc: MatchDoc, markers: readonly Marker[], span: Span): boolean {
  return markerOf(doc, markers, span) !== undefined;
}
