/**
 * Articles that keep a form word one (seed/lexicons/commitments.json `lists.definiteSingular`), and whether a form
 * word is written in the plural: "The two signed the agreement" signs one agreement, whatever number stands before.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { COMMITMENTS_DATA } from "./commitment-cues";
import { anyIn, languageOf, lists } from "./commitment-word-lists";

const DEFINITE_SINGULAR = (
  COMMITMENTS_DATA as unknown as { lists: { definiteSingular: Readonly<Record<string, readonly string[]>> } }
).lists.definiteSingular;

/**
 * Whether a word is a definite article of one thing in the report's language (`lists.definiteSingular`): nearer a
 * form word written in the singular than a number, it keeps the form one ("The two signed the agreement", "Die
 * beiden unterzeichneten das Abkommen": the number counts the signatories).
 */
export function isDefiniteSingular(doc: MatchDoc, word: string): boolean {
  const language = languageOf(doc);
  const words = language ? DEFINITE_SINGULAR[language] : undefined;
  return !!words && words.includes(norm(word));
}

const GENITIVE = (
  COMMITMENTS_DATA as unknown as {
    lists: { genitiveSingular: { ru: readonly string[]; governors: readonly string[]; endings: readonly string[] } };
  }
).lists.genitiveSingular;
const GENITIVE_WORDS = new Set(GENITIVE.ru.map(norm));
const GOVERNORS = new Set(GENITIVE.governors.map(norm));

/**
 * Whether the token at `i`, a Russian form word spelled alike in the genitive singular and the nominative plural,
 * is a genitive singular: right after a word that governs a genitive or an adjective in the genitive singular
 * ("подписание соглашения", "межправительственного соглашения"; `lists.genitiveSingular`).
 */
function genitiveSingular(doc: MatchDoc, i: number): boolean {
  const word = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!word || !prev || !GENITIVE_WORDS.has(word.text)) return false;
  // …right before it, nothing but a space between ("подписание: соглашения" and "подписания. Соглашения" are not).
  const prevEnd = (doc.map[prev.end - 1] ?? 0) + 1;
  if (!/^\s+$/u.test(doc.text.slice(prevEnd, doc.map[word.start] ?? 0))) return false;
  // …an adjective written in lower case ("межправительственного"), not a surname ("Навроцкого").
  const adjective = /^\p{Ll}/u.test(doc.text[doc.map[prev.start] ?? 0] ?? "");
  const before = prev.text;
  return (
    GOVERNORS.has(before) ||
    (adjective && GENITIVE.endings.some((e) => before.length > e.length + 2 && before.endsWith(e)))
  );
}

/** Whether a form word is written in the plural: one of its words is a plural form word of one number only. */
export function ownPlural(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { plural, ambiguous } = lists(doc);
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const t = doc.tokens[i]?.text ?? "";
    if (anyIn(plural, t) && !anyIn(ambiguous, t) && !genitiveSingular(doc, i)) return true;
  }
  return false;
}
