/**
 * Words that tell an instrument as one more beside those told before ("An agreement was also signed…", "Se firmó
 * además…", "Außerdem wurde…": seed/lexicons/commitments.json `lists.additional`).
 */
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA } from "./commitment-cues";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: { additional: ByLang } }).lists.additional;

let lexicon: Lexicon<true> | undefined;

/** The spans of a text's words of addition. */
export function additionSpans(doc: MatchDoc): Span[] {
  const { $comment: _c, ...byLang } = DATA as ByLang & { $comment?: unknown };
  lexicon ??= new Lexicon(entriesOf(byLang, true as const));
  return lexicon.match(doc).map((m) => m.span);
}
