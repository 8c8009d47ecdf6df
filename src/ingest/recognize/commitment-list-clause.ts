/**
 * Where a list of an instrument's fields stops at a clause of its own: a comma, then a word that opens a clause
 * (seed/lexicons/commitments.json `lists.clauseOpeners`: "…, after talks between the presidents on trade", "…, lors
 * de la visite", "…, в ходе переговоров"). The fields named past it are that clause's, not instruments of the list.
 */
import { COMMITMENTS_DATA } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;

let openers: Lexicon<true> | undefined;
/** The clause openers of a report, matched once. */
const openersBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

function openersOf(doc: MatchDoc): LexiconMatch<true>[] {
  let found = openersBy.get(doc);
  if (!found) {
    const { $comment: _c, ...byLang } = (COMMITMENTS_DATA as unknown as { lists: { clauseOpeners: ByLang } }).lists
      .clauseOpeners;
    openers ??= new Lexicon(entriesOf(byLang, true as const));
    found = openers.match(doc);
    openersBy.set(doc, found);
  }
  return found;
}

/** A comma, and only spaces after it, right before a clause opener. */
const COMMA_BEFORE = /[,،]\s*$/u;

/** Where the first clause opened after a comma between `from` and `to` starts, else `to`. */
export function clauseEnd(doc: MatchDoc, from: number, to: number): number {
  let end = to;
  for (const o of openersOf(doc)) {
    if (o.span.start <= from || o.span.start >= end) continue;
    if (COMMA_BEFORE.test(doc.text.slice(from, o.span.start))) end = o.span.start;
  }
  return end;
}

/**
 * Whether a clause opener ("on the sidelines of", "en el marco", "на полях", "على هامش") ends at most `reach`
 * characters before `at`, in one clause: what stands at `at` is where something happened, not what.
 */
export function openedBefore(doc: MatchDoc, at: number, reach: number): boolean {
  return openersOf(doc).some(
    (o) => o.span.end <= at && at - o.span.end <= reach && !/[.;:!?\n]/.test(doc.text.slice(o.span.end, at)),
  );
}
