/**
 * Words that place an instrument among others: one more beside those told before ("An agreement was also
 * signed…", "Se firmó además…": seed/lexicons/commitments.json `lists.additional`), or among those signed earlier
 * or already in place ("the existing agreements on…": `lists.earlier`).
 */
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";

type ByLang = Readonly<Record<string, readonly string[]>>;
const LISTS = (COMMITMENTS_DATA as unknown as { lists: { additional: ByLang; earlier: ByLang } }).lists;

let additional: Lexicon<true> | undefined;
let earlier: Lexicon<true> | undefined;
const earlierOf = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

/** The spans of a text's words of addition. */
export function additionSpans(doc: MatchDoc): Span[] {
  additional ??= new Lexicon(entriesOf(withoutComment(LISTS.additional), true as const));
  return additional.match(doc).map((m) => m.span);
}

/** How many words before or after a form a word of the past may stand ("les accords déjà existants"). */
const EARLIER_REACH = 4;

/**
 * Whether a form stands within a few words of a word that puts it among instruments signed earlier or already in
 * place ("the existing agreements on…", "عدة اتفاقيات في الفترة الماضية"), in its sentence.
 */
export function amongEarlier(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  let found = earlierOf.get(doc);
  if (!found) {
    earlier ??= new Lexicon(entriesOf(withoutComment(LISTS.earlier), true as const));
    found = earlier.match(doc);
    earlierOf.set(doc, found);
  }
  const sentence = sentenceAt(doc, form.span.start);
  return found.some(
    (w) =>
      !!sentence &&
      w.span.start >= sentence.start &&
      w.span.end <= sentence.end &&
      (form.tokenStart - w.tokenEnd <= EARLIER_REACH && w.tokenEnd <= form.tokenStart
        ? true
        : w.tokenStart >= form.tokenEnd && w.tokenStart - form.tokenEnd <= EARLIER_REACH),
  );
}
