/**
 * Words that set a clause apart from the status word or signing noun next to it (seed/lexicons/commitments.json
 * `clauseWords`), built once into the patterns their readers test against the text.
 */
import data from "../../../seed/lexicons/commitments.json";
import { phraseAlternation, phrasesOf } from "../match/phrases";

type ByLang = Readonly<Record<string, readonly string[]>>;
const WORDS = (data as unknown as { clauseWords: Readonly<Record<string, ByLang>> }).clauseWords;
const GERMAN = (data as unknown as { clauseWords: { germanVerbs: Readonly<Record<string, ByLang>> } }).clauseWords
  .germanVerbs;
const list = (key: string): ByLang => WORDS[key] ?? {};
const set = (byLang: ByLang | undefined): ReadonlySet<string> => new Set(byLang ? phrasesOf(byLang) : []);
const lowerSet = (byLang: ByLang): ReadonlySet<string> => new Set(phrasesOf(byLang).map((w) => w.toLowerCase()));

/** A clause of contrast opening the text tested ("although", "alors que", "obwohl", "علماً"). */
export const CONTRAST = new RegExp(`^\\s*(?:${phraseAlternation(list("contrast"))})(?![\\p{L}])`, "iu");
/** A coordinating word after a comma or semicolon: another clause ("…, and the signing is on the agenda"). */
export const JOINED_CLAUSE = new RegExp(`[,،;]\\s*(?:${phraseAlternation(list("coordinators"))})\\s`, "iu");
/** The relative pronouns, as written, lower case. */
export const RELATIVE = lowerSet(list("relativePronouns"));
/** …and the relative words of possession or object ("whose", "dont", "cuyo"), with them. */
export const RELATIVE_OF: ReadonlySet<string> = new Set([...RELATIVE, ...lowerSet(list("relativeOf"))]);
/** A relative pronoun right before the end of the text tested, a word at most between ("…, que figuraba"). */
export const RELATIVE_BEFORE = new RegExp(
  `(?:^|[\\s,])(?:${phraseAlternation(list("relativePronouns"))})\\s+(?:\\S+\\s+)?$`,
  "iu",
);
/** A clause of an earlier step closing the text tested, two words at most after its opener ("after the cabinet"). */
export const EARLIER_CLAUSE = new RegExp(
  `(?:^|[\\s,])(?:${phraseAlternation(list("earlier"))})(?:\\s+\\S+){0,2}\\s+$`,
  "iu",
);

/** The opener of a clause of an earlier step, anywhere in the text tested ("… después de que …", "…, nachdem …"). */
export const AFTER_OPENER = new RegExp(`(?:^|[\\s,])(?:${phraseAlternation(list("earlier"))})(?=[\\s,]|$)`, "iu");

/** German words (matching form) of a signing a modal or future verb governs. */
export const GERMAN_VERBS = {
  infinitive: set(GERMAN.infinitive),
  passive: set(GERMAN.passive),
  noun: set(GERMAN.noun),
  modal: set(GERMAN.modal),
};

/** Conditional verbs (as written, lower case), the endings that make one in Italian, and "من شأن" before a noun. */
export const CONDITIONAL = {
  words: lowerSet(list("conditional")),
  endings: [...lowerSet(list("conditionalEndings"))],
  before: new RegExp(`(?:${phraseAlternation(list("conditionalBefore"))})\\s+(?:\\S+\\s+)?$`, "u"),
};

type Possible = Readonly<Record<"possible" | "probable" | "copula" | "past" | "making" | "alone", ByLang>>;
const POSSIBLE_WORDS = (WORDS.possible ?? {}) as unknown as Possible;
/**
 * Predicates of possibility (a step talked of) and likelihood (a step expected), the copulas they need, the past
 * copulas and verbs of making that tell of a step done, and the predicates that stand without a copula (Russian
 * short adjectives, Arabic), as written, lower case.
 */
export const POSSIBLE = {
  possible: lowerSet(POSSIBLE_WORDS.possible ?? {}),
  probable: lowerSet(POSSIBLE_WORDS.probable ?? {}),
  copula: lowerSet(POSSIBLE_WORDS.copula ?? {}),
  past: lowerSet(POSSIBLE_WORDS.past ?? {}),
  making: lowerSet(POSSIBLE_WORDS.making ?? {}),
  alone: lowerSet(POSSIBLE_WORDS.alone ?? {}),
};
