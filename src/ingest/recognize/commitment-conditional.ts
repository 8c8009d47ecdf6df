/**
 * A signing or ratification noun told as a hypothesis is no step taken: its clause puts it in the conditional ("A
 * swift ratification of the agreement would allow…", "Une ratification rapide de l'accord permettrait…", "Una
 * ratifica rapida dell'accordo consentirebbe…", "Eine rasche Ratifizierung würde…", "من شأن التصديق على الاتفاقية أن
 * يتيح…"), or says it possible or likely ("La firma de un acuerdo … es posible"). The words are
 * seed/lexicons/commitments.json `clauseWords` (conditional, conditionalEndings, conditionalBefore, possible), read on
 * the text as written (the matching form would make German "würde" the past "wurde"). The caller leaves a step its
 * sentence dates on a past day as told ("The signing on Tuesday could boost trade").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { CONDITIONAL, POSSIBLE, RELATIVE } from "./commitment-clause-words";
import { anyIn, lists, singularOfLanguage } from "./commitment-word-lists";

/** How many words after the noun its conditional verb may come (a complement of the noun between). */
const CONDITIONAL_REACH = 14;
/** Articles and determiners before a word ending like a conditional that make it a noun. */
const ARTICLE = /^(?:le|la|les|l|un|une|du|des|au|aux|ce|cet|son|sa|ses|il|lo|del|al)$/u;
const BREAK = /[,;:،؛()]/u;
/** How many words after the noun its predicate of possibility may come (the noun's complements and an adverbial). */
const POSSIBLE_REACH = 20;

/** Whether a word (as written, lower case) is a conditional verb, the word before it given. */
function isConditional(word: string, previous: string | undefined): boolean {
  const { words: list, endings } = CONDITIONAL;
  if (list.has(word)) return true;
  if (previous !== undefined && ARTICLE.test(previous)) return false;
  return endings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** The words (as written, lower case) after a signing noun in its clause: up to `reach`, no break between. */
function clauseAfter(
  doc: MatchDoc,
  c: LexiconMatch<unknown>,
  sentence: { start: number; end: number },
  reach = CONDITIONAL_REACH,
): string[] {
  const raw = (t: { start: number; end: number }) =>
    doc.text
      .slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0)
      .toLowerCase()
      .replace(/[.,;:!?»"”)]+$/u, "");
  const out: string[] = [];
  for (let i = c.tokenEnd; i < c.tokenEnd + reach; i++) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.start] ?? Infinity) : Infinity;
    if (!t || at >= sentence.end || BREAK.test(doc.text.slice(c.span.end, at))) break;
    out.push(raw(t));
  }
  return out;
}

/** Whether a signing or ratification noun is put in the conditional by its clause (a verb after it, or "من شأن" before). */
export function conditionalNoun(doc: MatchDoc, c: LexiconMatch<unknown>, sentence: { start: number; end: number }) {
  if (CONDITIONAL.before.test(doc.text.slice(Math.max(sentence.start, c.span.start - 30), c.span.start))) return true;
  return clauseAfter(doc, c, sentence).some((w, i, words) => isConditional(w, i > 0 ? words[i - 1] : undefined));
}

/**
 * What a predicate of possibility or likelihood makes of the signing noun it tells of: "La firma de un acuerdo … es
 * posible", "è possibile", "é possível", "ist … möglich", "… вполне возможно", "أمر ممكن" is no step taken but one
 * talked of (discussed); "ist wahrscheinlich", "вероятно" one expected (proposed). Where the language has a copula,
 * one of the present, future or conditional stands between ("was possible" may tell it done), adverbs at most after
 * it ("is the best possible news" tells of another noun); none of its past does, before or after the predicate ("è
 * stata possibile", "ist … möglich gewesen", Russian "было возможно"); a verb of making with it tells of what the step
 * made possible ("was made possible by", "ha reso possibile", "möglich gemacht"); a relative pronoun between tells of
 * another noun ("the signing of an agreement that is possible to extend").
 */
export function possibleNoun(
  doc: MatchDoc,
  c: LexiconMatch<unknown>,
  sentence: { start: number; end: number },
): "discussed" | "proposed" | undefined {
  const words = clauseAfter(doc, c, sentence, POSSIBLE_REACH);
  const at = words.findIndex((w) => POSSIBLE.possible.has(w) || POSSIBLE.probable.has(w));
  if (at < 0) return undefined;
  const between = words.slice(0, at);
  const next = words[at + 1] ?? "";
  if (
    between.some((w) => POSSIBLE.making.has(w) || POSSIBLE.past.has(w) || RELATIVE.has(w)) ||
    POSSIBLE.making.has(next) ||
    POSSIBLE.past.has(next)
  )
    return undefined;
  if (!POSSIBLE.alone.has(words[at] ?? "")) {
    // The copula's own predicate: adverbs at most after it, no article of another noun ("is the best possible news").
    const copula = between.findLastIndex((w) => POSSIBLE.copula.has(w));
    if (
      copula < 0 ||
      between.slice(copula + 1).some((w) => anyIn(lists(doc).articles, w) || singularOfLanguage(doc, w))
    )
      return undefined;
  }
  return POSSIBLE.possible.has(words[at] ?? "") ? "discussed" : "proposed";
}
