/**
 * Articles that keep a form word one (seed/lexicons/commitments.json `lists.definiteSingular`), and whether a form
 * word is written in the plural: "The two signed the agreement" signs one agreement, whatever number stands before.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { COMMITMENTS_DATA } from "./commitment-cues";
import { anyIn, languageOf, lists } from "./commitment-list-words";

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

/** Whether a form word is written in the plural: one of its words is a plural form word of one number only. */
export function ownPlural(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const { plural, ambiguous } = lists();
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const t = doc.tokens[i]?.text ?? "";
    if (anyIn(plural, t) && !anyIn(ambiguous, t)) return true;
  }
  return false;
}
