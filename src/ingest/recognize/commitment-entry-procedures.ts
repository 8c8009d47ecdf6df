/**
 * The procedures a party completes for an instrument to enter into force ("completed the domestic requirements for
 * the entry into force of the agreement", "ont achevé les procédures internes nécessaires à l'entrée en vigueur",
 * "завершили процедуры, необходимые для вступления в силу", "استكملت الإجراءات اللازمة لدخول الاتفاقية حيز التنفيذ"):
 * the entry-into-force word names their purpose, not a step taken. Done ("completed"), they are the parties'
 * ratification; still to do, they tell no status. The words are ours (commitments.json `entryProcedures`).
 */
import commitmentsData from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (commitmentsData as unknown as { entryProcedures: { nouns: ByLang; completed: ByLang } }).entryProcedures;

/** A procedure noun stands this many words before the entry-into-force word at most ("procedures necessary for the"). */
const NOUN_REACH = 4;
/** …or this many when the Arabic entry noun stands between, its instrument after it ("اللازمة لدخول اتفاقية الصيد"). */
const ARABIC_REACH = 7;
/** The Arabic noun of entering ("دخول", "لدخول"), which the place of entry ("حيز التنفيذ") follows after the instrument. */
const ENTERING = /(?:^|\s)(?:ل|و|ب)?دخول(?:\s|$)/u;
/** Punctuation that ends the phrase between them (a comma may stand there: "процедуры, необходимые для"). */
const BREAK = /[.;:!?؛؟\n]/u;

let lex: { nouns: Lexicon<true>; completed: Lexicon<true> } | undefined;
const cache = new WeakMap<MatchDoc, { nouns: LexiconMatch<true>[]; completed: LexiconMatch<true>[] }>();

function wordsOf(doc: MatchDoc) {
  let words = cache.get(doc);
  if (!words) {
    lex ??= {
      nouns: new Lexicon(entriesOf(DATA.nouns, true as const)),
      completed: new Lexicon(entriesOf(DATA.completed, true as const)),
    };
    words = { nouns: lex.nouns.match(doc), completed: lex.completed.match(doc) };
    cache.set(doc, words);
  }
  return words;
}

/**
 * What an entry-into-force word stands for when procedures for it stand right before it: "ratified" when a word of
 * completion in its sentence tells them done, "ahead" when they are still to do, undefined when no such procedures
 * name it (an entry into force of its own).
 */
export function entryProcedures(doc: MatchDoc, cue: LexiconMatch<unknown>): "ratified" | "ahead" | undefined {
  const { nouns, completed } = wordsOf(doc);
  const noun = nouns.find((n) => {
    const gap = doc.text.slice(n.span.end, cue.span.start);
    // Arabic names the instrument between the entry and its place ("لدخول اتفاقية الصيد حيز التنفيذ").
    const reach = ENTERING.test(gap) ? ARABIC_REACH : NOUN_REACH;
    return n.tokenEnd <= cue.tokenStart && cue.tokenStart - n.tokenEnd <= reach && !BREAK.test(gap);
  });
  if (!noun) return undefined;
  const sentence = sentenceAt(doc, cue.span.start);
  const from = sentence?.start ?? 0;
  const to = sentence?.end ?? doc.text.length;
  return completed.some((c) => c.span.start >= from && c.span.end <= to) ? "ratified" : "ahead";
}
