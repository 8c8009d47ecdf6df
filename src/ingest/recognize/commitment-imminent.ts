/**
 * A signing told as imminent is still to come, in the eight languages: an imminence word right before or right
 * after the signing noun, in its clause ("the imminent signing", "la firma imminente", "die baldige Unterzeichnung",
 * "о скором подписании", "التوقيع القريب"). Future adjectives only ever after the noun ("la signature prochaine")
 * are `modality.futureAfter` (commitment-future.ts).
 */
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import data from "../../../seed/lexicons/commitments.json";

type ByLang = Readonly<Record<string, readonly string[]>>;
/** Punctuation between the two words that puts them in different clauses. */
const CLAUSE_BREAK = /[,;:.!?؛،\n]/;

let lexicon: Lexicon<true> | undefined;
function imminence(): Lexicon<true> {
  const { $comment: _c, ...lists } = (data as unknown as { imminent: ByLang & { $comment?: unknown } }).imminent;
  lexicon ??= new Lexicon(entriesOf(lists as ByLang, true as const));
  return lexicon;
}

/** A test of whether a status word of `doc` has an imminence word right by it, in its clause. */
export function imminentIn(doc: MatchDoc): (cue: LexiconMatch<unknown>) => boolean {
  const words = imminence().match(doc);
  const joined = (from: number, to: number) => from <= to && !CLAUSE_BREAK.test(doc.text.slice(from, to));
  return (cue) =>
    words.some(
      (w) =>
        (w.tokenEnd === cue.tokenStart && joined(w.span.end, cue.span.start)) ||
        (w.tokenStart === cue.tokenEnd && joined(cue.span.end, w.span.start)),
    );
}
