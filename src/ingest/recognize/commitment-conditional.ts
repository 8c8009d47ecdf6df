/**
 * A signing or ratification noun whose clause puts it in the conditional is a hypothesis, no step taken: "A swift
 * ratification of the agreement would allow…", "Une ratification rapide de l'accord permettrait…", "Una ratifica
 * rapida dell'accordo consentirebbe…", "Eine rasche Ratifizierung würde…", "من شأن التصديق على الاتفاقية أن يتيح…".
 * The words are seed/lexicons/commitments.json `clauseWords` (conditional, conditionalEndings, conditionalBefore), read
 * on the text as written (the matching form would make German "würde" the past "wurde"). The caller leaves a step its
 * sentence dates on a past day as told ("The signing on Tuesday could boost trade").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { CONDITIONAL } from "./commitment-clause-words";

/** How many words after the noun its conditional verb may come (a complement of the noun between). */
const CONDITIONAL_REACH = 14;
/** Articles and determiners before a word ending like a conditional that make it a noun. */
const ARTICLE = /^(?:le|la|les|l|un|une|du|des|au|aux|ce|cet|son|sa|ses|il|lo|del|al)$/u;
const BREAK = /[,;:،؛()]/u;

/** Whether a word (as written, lower case) is a conditional verb, the word before it given. */
function isConditional(word: string, previous: string | undefined): boolean {
  const { words: list, endings } = CONDITIONAL;
  if (list.has(word)) return true;
  if (previous !== undefined && ARTICLE.test(previous)) return false;
  return endings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** Whether a signing or ratification noun is put in the conditional by its clause (a verb after it, or "من شأن" before). */
export function conditionalNoun(doc: MatchDoc, c: LexiconMatch<unknown>, sentence: { start: number; end: number }) {
  if (CONDITIONAL.before.test(doc.text.slice(Math.max(sentence.start, c.span.start - 30), c.span.start))) return true;
  const raw = (t: { start: number; end: number }) =>
    doc.text.slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0).toLowerCase();
  for (let i = c.tokenEnd; i < c.tokenEnd + CONDITIONAL_REACH; i++) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.start] ?? Infinity) : Infinity;
    if (!t || at >= sentence.end || BREAK.test(doc.text.slice(c.span.end, at))) return false;
    const before = doc.tokens[i - 1];
    if (isConditional(raw(t), before && i > c.tokenEnd ? raw(before) : undefined)) return true;
  }
  return false;
}
