/**
 * Where a single form's clause ends, for a form joined after a batch ("three agreements and a memorandum on Tuesday in
 * Windhoek": one instrument more), and what makes such a form one of the batch instead: an inclusion or partitive
 * phrase before it ("including a memorandum", "one of them a memorandum"; seed/lexicons/commitments.json
 * `lists.including`, `clauseWords.partOf`).
 */
import data from "../../../seed/lexicons/commitments.json";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { phrasesOf } from "../match/phrases";
import { INCLUDING } from "./commitment-counts";
import { wordsBefore } from "./commitment-list-words";
import { isDayWord } from "./commitment-day-words";

type ByLang = Readonly<Record<string, readonly string[] | string>>;
const PART_OF = phrasesOf(
  (data as unknown as { clauseWords: Readonly<Record<string, ByLang>> }).clauseWords.partOf ?? {},
).map((p) => norm(p));

/** The inclusion and partitive phrases, and each as the last phrase of a stretch (a word at most after it). */
const INCLUSION = [...INCLUDING, ...PART_OF];
const INCLUSION_LAST = INCLUSION.map((p) => new RegExp(` ${p}(?: \\S+)? $`, "u"));

/** A clause break, or the end of the sentence. */
const CLAUSE_END = /[,;:.!?؛،\n]/u;

/** Words before a form an inclusion phrase may stand in ("including a memorandum", "one of them a memorandum"). */
const INCLUDED_REACH = 4;

/** Whether an inclusion or partitive phrase stands right before a form, a word at most between. */
export function includedBefore(doc: MatchDoc, f: LexiconMatch<unknown>): boolean {
  const before = ` ${wordsBefore(doc, f, INCLUDED_REACH).reverse().join(" ")} `;
  return INCLUSION_LAST.some((r) => r.test(before));
}

/** Whether an inclusion or partitive phrase stands in the text between two offsets ("four agreements, including …"). */
export function inclusionWithin(doc: MatchDoc, from: number, to: number): boolean {
  const between = ` ${norm(doc.text.slice(from, to))} `;
  return INCLUSION.some((p) => between.includes(` ${p} `));
}

/** Prepositions and articles before a day or a place ("on Tuesday in Windhoek", "mardi à Windhoek", "el 10 de marzo"). */
const DAY_PLACE_LINKS = new Set(
  "on in at the à a au al el le la l en em no na nel nella il am im um de del du des do da di в во".split(" "),
);

/**
 * Whether a form ends its clause: nothing follows it there, or, with `dayAndPlace` (a form joined after a counted
 * batch), only a day, a date and a place ("three agreements and a memorandum on Tuesday in Windhoek"). An Arabic clause
 * is read by its break alone.
 */
export function endsClause(doc: MatchDoc, from: number, sentenceEnd: number, dayAndPlace: boolean): boolean {
  const rest = doc.text.slice(from, sentenceEnd);
  const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length);
  if (!/\p{L}/u.test(clause)) return true;
  if (!dayAndPlace || /\p{Script=Arabic}/u.test(clause)) return false;
  return clause
    .replace(/['’]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => DAY_PLACE_LINKS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || isDayWord(w));
}
