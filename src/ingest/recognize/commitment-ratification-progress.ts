/**
 * A ratification told as under way, not done: a word of progress right after the ratification word ("the
 * ratification is under way", "la ratifica procede", "ратификация успешно продвигается", "المصادقة جارية"), or a verb
 * of conducting it right before ("Moscow and Minsk are pursuing the ratification", "ведут ратификацию", "جار
 * التصديق"). The words are ours (commitments.json `ratificationUnderWay`).
 */
import commitmentsData from "../../../seed/lexicons/commitments.json";
import type { LexiconMatch } from "../match/lexicon";
import { docWords } from "../match/doc-words";
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";
import { joinsAnotherClause } from "./clause-joins";
import { WEEKDAY_WORDS } from "./weekday-words";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (commitmentsData as unknown as { ratificationUnderWay: { after: ByLang; before: ByLang } })
  .ratificationUnderWay;

/**
 * A progress word stands this many words after the ratification noun at most, its instrument between ("Die
 * Ratifizierung des Abkommens zwischen Deutschland und Kasachstan läuft", "المصادقة على الاتفاقية بين مصر والأردن جارية").
 */
const AFTER_REACH = 16;
/** A ratification noun, the subject a progress word tells of (a verb, "ratified … and continues", tells none). */
const NOUN =
  /^(?:ratification|ratificación|ratificação|ratifizierung|ratifikation|ратификаци\p{L}*|(?:ال)?مصادقة|(?:ال)?تصديق)$/iu;
/** Italian "ratifica" is a noun after an article or preposition ("la ratifica"), a verb otherwise ("ratifica l'accordo"). */
const ITALIAN_NOUN_BEFORE = /^(?:la|della|alla|sulla|nella|dalla|una|di|per)$/iu;

/** A word joining clauses ("and", "et", "и", Arabic "و…"): past the instrument's parties, another clause's. */
const CONJUNCTION =
  /^(?:and|et|e|y|und|и|а|but|mais|ma|pero|mas|aber|но|while|mentre|mientras|enquanto|während|وال.*)$/iu;
/** "Between" binds an "and" this many words after it to an instrument's parties ("between Kenya and Ethiopia"). */
const BETWEEN_REACH = 3;
/** A day's words between them tell another clause's happening ("… on Tuesday work is under way"). */
const DAY_WORDS = new Set(
  [...WEEKDAY_WORDS, "today", "aujourd'hui", "oggi", "hoy", "hoje", "heute", "сегодня", "اليوم"].map((w) =>
    w.toLowerCase(),
  ),
);

/** Whether the words between a ratification noun and a progress word far after it stay within one clause. */
function oneClause(doc: MatchDoc, from: number, to: number): boolean {
  const words = doc.tokens.slice(from, to).map((t) => t.text);
  if (words.some((w) => DAY_WORDS.has(w.toLowerCase()))) return false;
  return !joinsAnotherClause(words, CONJUNCTION, BETWEEN_REACH);
}

function isNoun(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const word = doc.text.slice(cue.span.start, cue.span.end);
  if (NOUN.test(word)) return true;
  return /^ratifica$/iu.test(word) && ITALIAN_NOUN_BEFORE.test(doc.tokens[cue.tokenStart - 1]?.text ?? "");
}
/** A conducting verb stands this many words before it at most ("ведут ратификацию", "pursuing the ratification"). */
const BEFORE_REACH = 2;

const wordsOf = docWords({ after: DATA.after, before: DATA.before });

/** Whether a ratification word is told as under way in its clause: nothing is ratified yet. */
export function ratificationUnderWay(doc: MatchDoc, cue: LexiconMatch<unknown>): boolean {
  const { after, before } = wordsOf(doc);
  const between = (from: number, to: number) => CLAUSE_BREAK.test(doc.text.slice(from, to));
  return (
    (isNoun(doc, cue) &&
      after.some(
        (p) =>
          p.tokenStart >= cue.tokenEnd &&
          p.tokenStart - cue.tokenEnd <= AFTER_REACH &&
          !between(cue.span.end, p.span.start) &&
          oneClause(doc, cue.tokenEnd, p.tokenStart),
      )) ||
    before.some(
      (p) =>
        p.tokenEnd <= cue.tokenStart &&
        cue.tokenStart - p.tokenEnd <= BEFORE_REACH &&
        !between(p.span.end, cue.span.start),
    )
  );
}

/**
 * Whether a ratification word tells a ratification still to come: inside a phrase of `pending` ("the ratification
 * phase", "en cours de ratification"), or told as under way.
 */
export function ratificationAhead(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  pending: readonly LexiconMatch<unknown>[],
): boolean {
  return (
    pending.some((p) => p.span.start <= cue.span.start && cue.span.end <= p.span.end) || ratificationUnderWay(doc, cue)
  );
}
