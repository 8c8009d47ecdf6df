/**
 * A form word that names a body by its head ("David González, director del Programa de Desarrollo de las Ciencias
 * Básicas", "directeur du Programme …", "Leiter des Programms …", "директор Программы …", "مدير برنامج …"): the
 * programme is an institution whose director signs, not an instrument signed (seed/lexicons/commitments.json
 * `institutionHeads`).
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";

/** Prepositions of possession (some also articles: "der", "des", "del") that tie the head to the form (matching form). */
const OF = new Set(
  [
    "of",
    "du",
    "de",
    "des",
    "del",
    "do",
    "da",
    "dos",
    "das",
    "di",
    "della",
    "dello",
    "dell",
    "dei",
    "degli",
    "delle",
    "der",
  ].map(norm),
);
/** Articles that may stand after the preposition ("of the", "de la", "de l'"). */
const ARTICLES = new Set(["the", "la", "l", "los", "las", "le", "les"].map(norm));
/**
 * A form right after its head with no preposition is its complement only in a construct: Arabic ("مدير برنامج") and a
 * Russian genitive ("директор Программы", "руководитель проекта соглашения"), not an object put first ("в присутствии
 * директора соглашение … подписали").
 */
const CONSTRUCT = /^(?:[\u0600-\u06ff]+|\p{Script=Cyrillic}+[аяыи])$/u;
/** At most this many such words between. */
const BETWEEN_WORDS = 2;

let heads: Set<string> | undefined;
const headWords = () =>
  (heads ??= new Set(
    Object.values(
      withoutComment((COMMITMENTS_DATA as unknown as { institutionHeads: Record<string, string[]> }).institutionHeads),
    )
      .flat()
      .map(norm),
  ));

/** …and this many words of a name written in capitals before a capitalised form ("the Basic Sciences Development Programme"). */
const NAME_WORDS = 4;

/**
 * Whether a head of a body stands right before a form word, past a preposition and an article at most, and before a
 * capitalised form the words of its name.
 */
export function headedForm(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const named = /^\p{Lu}/u.test(m.span.text);
  let between = 0;
  let name = 0;
  let tied = false;
  for (let i = m.tokenStart - 1; i >= 0; i--) {
    const t = doc.tokens[i];
    if (!t) return false;
    // Punctuation between ("the director, the programme…") ends the phrase.
    const gap = doc.text.slice(doc.map[t.end] ?? 0, doc.map[doc.tokens[i + 1]?.start ?? t.end] ?? 0);
    if (/[,;:.()–—]/u.test(gap)) return false;
    if (headWords().has(t.text))
      // A preposition of possession ties them ("director of the", "Leiter des"), else only a construct does.
      return tied || (between === 0 && name === 0 && CONSTRUCT.test(doc.tokens[m.tokenStart]?.text ?? ""));
    const written = doc.text.slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0);
    if (OF.has(t.text)) {
      tied = true;
      between++;
    } else if (ARTICLES.has(t.text) && !tied) between++;
    else if (named && between === 0 && /^\p{Lu}/u.test(written)) name++;
    else return false;
    if (between > BETWEEN_WORDS || name > NAME_WORDS) return false;
  }
  return false;
}

/** The forms of a report less those that name a body by its head. */
export function withoutHeadedForms<T>(doc: MatchDoc, forms: LexiconMatch<T>[]): LexiconMatch<T>[] {
  return forms.filter((f) => !headedForm(doc, f));
}
