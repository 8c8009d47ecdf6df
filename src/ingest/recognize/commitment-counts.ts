/**
 * Counts of instruments: a number written in two words ("vingt-deux", "ثلاث عشرة"), and whether a counted batch
 * heads the list of the instruments it is made of ("twelve agreements, among them…").
 */
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA } from "./commitment-cues";
import type { LexiconMatch } from "../match/lexicon";
import { isDefiniteWord } from "./commitment-context";
import { isMarkedItem, numberIn } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";

/** Words joining the two parts of a number ("vinte e dois", "twenty and two"). */
const JOINS = new Set(["e", "y", "и", "and", "und", "et"]);

/**
 * A number written in two words, read from the one nearest the form: tens and units ("twenty-two", "vingt-deux",
 * "двадцать два", "vinte e dois"; Arabic units before tens, "اثنين وعشرين") and teens ("dix-sept", "ثلاث عشرة").
 */
export function compound(n: number, earlier: readonly string[], language?: string): number {
  const [first, second] = earlier;
  const m = numberIn(first !== undefined && JOINS.has(first) ? (second ?? "") : (first ?? ""), language);
  if (m === undefined) return n;
  const unit = (x: number) => x >= 1 && x <= 9;
  const tens = (x: number) => x >= 20 && x <= 90 && x % 10 === 0;
  if ((tens(m) && unit(n)) || (unit(m) && tens(n)) || (m === 10 && unit(n)) || (unit(m) && n === 10)) return m + n;
  return n;
}

/** The phrases of every language of a list of seed/lexicons/commitments.json `lists`, normalized. */
function phrasesOf(list: "including" | "atLeast" | "elaborating"): string[] {
  const byLang = (COMMITMENTS_DATA as unknown as { lists: Record<string, Record<string, string[] | string>> }).lists[
    list
  ];
  return Object.entries(byLang ?? {}).flatMap(([, words]) => (Array.isArray(words) ? words.map(norm) : []));
}

let atLeast: Set<string> | undefined;
/**
 * Whether the words before a count (nearest first) make it a lower bound ("more than 20 documents", "свыше 20",
 * "أكثر من 20", seed/lexicons/commitments.json `lists.atLeast`): no number of instruments is given.
 */
export function lowerBound(earlier: readonly string[]): boolean {
  atLeast ??= new Set(phrasesOf("atLeast"));
  const [near, far, farther] = earlier;
  const phrases = [near, far && `${far} ${near}`, farther && `${farther} ${far} ${near}`];
  return phrases.some((p) => p !== undefined && atLeast?.has(p));
}

/** Words before a form a count may stand over two qualifiers joined ("24 intergovernmental and interagency documents"). */
export const QUALIFIED_REACH = 4;

/**
 * A count before two qualifiers joined by "and" ("24 межправительственных и межведомственных документа", "twelve
 * economic and cultural agreements"), from the words before a form, nearest first.
 */
export function countOverQualifiers(before: readonly string[], language?: string): number | undefined {
  const [, join, , count] = before;
  if (join === undefined || count === undefined || !JOINS.has(join)) return undefined;
  const n = numberIn(count, language);
  // "более 20 межправительственных и межведомственных соглашений": a lower bound gives no number here either.
  if (n === undefined || lowerBound(before.slice(QUALIFIED_REACH))) return undefined;
  return compound(n, before.slice(QUALIFIED_REACH), language);
}

/** The inclusion phrases of every language (seed/lexicons/commitments.json `lists.including`), normalized. */
export const INCLUDING = phrasesOf("including");
/** Words after a semicolon that tell what the clause before it summed up (`lists.elaborating`), normalized. */
export const ELABORATING = phrasesOf("elaborating");
/** An inclusion phrase stands this many words after a counted form at most ("twelve agreements in Accra on Tuesday, among them"). */
const HEAD_REACH = 7;

/** A colon ending the counted form's clause within a few words ("The four memoranda signed are as follows:"). */
export function colonAfter(doc: MatchDoc, form: Span): boolean {
  const clause = /^[^.!?;\n]*?:/u.exec(doc.text.slice(form.end, form.end + 120))?.[0];
  return clause !== undefined && clause.split(/\s+/u).filter(Boolean).length <= HEAD_REACH;
}

/**
 * Where the list a form's clause opens begins: after a colon within a few words (colonAfter), or after a semicolon
 * an inclusion or elaborating phrase follows ("…اتفاقية وعدة مذكرات تفاهم بين الدولتين؛ إذ جرى أمامهما توقيع…").
 */
export function listOpenerAfter(doc: MatchDoc, form: Span): number | undefined {
  if (colonAfter(doc, form)) return doc.text.indexOf(":", form.end);
  const clause = /^[^.!?:\n]*?[;؛]/u.exec(doc.text.slice(form.end, form.end + 120))?.[0];
  if (clause === undefined || clause.split(/\s+/u).filter(Boolean).length > HEAD_REACH) return undefined;
  const at = form.end + clause.length;
  const next = ` ${norm(doc.text.slice(at, at + 40))
    .split(" ")
    .filter(Boolean)
    .slice(0, 3)
    .join(" ")} `;
  return [...INCLUDING, ...ELABORATING].some((p) => next.startsWith(` ${p} `)) ? at - 1 : undefined;
}

/** Whether a counted form heads the list of its own instruments: an inclusion phrase follows it closely. */
function headsList(doc: MatchDoc, form: Span): boolean {
  const after = ` ${norm(doc.text.slice(form.end, form.end + 120))
    .split(" ")
    .filter(Boolean)
    .slice(0, HEAD_REACH)
    .join(" ")} `;
  return INCLUDING.some((p) => after.includes(` ${p} `));
}

/**
 * Whether a count is told as one already known: an article or demonstrative before its number ("the signing of the
 * nineteen treaties", "des dix-neuf traités", "этих девятнадцати договоров"), within the words before the form.
 */
function countToldAgain(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  for (let i = form.tokenStart - 1; i >= 0 && i >= form.tokenStart - QUALIFIED_REACH; i--) {
    if (numberIn(doc.tokens[i]?.text ?? "", languageOf(doc)) === undefined) continue;
    // Two-word numbers ("dix-neuf", "twenty-two"): the article may stand before their first word. A number word
    // may be an article too ("dos" is Portuguese "of the", Spanish "two").
    const definite = (w: string) => isDefiniteWord(w) || w === "des";
    const [w1 = "", w2 = ""] = [doc.tokens[i - 1]?.text, doc.tokens[i - 2]?.text];
    return definite(w1) || (numberIn(w1) !== undefined && definite(w2));
  }
  return false;
}

/** How a counted form relates to the instruments named by it: heading their list, or counting others beyond them. */
export function countReading(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
): { heads: boolean; further: boolean; listing: boolean; again: boolean; enumerated: boolean } {
  const listing = colonAfter(doc, form.span);
  return {
    heads: listing || headsList(doc, form.span),
    further: isMarkedItem(doc, form),
    listing,
    again: countToldAgain(doc, form),
    enumerated: enumeratedCount(doc, form),
  };
}

/** Words at most between an enumerated count and its form ("2 cooperation protocols", "2 протокола о"). */
const ENUMERATED_REACH = 3;
/** The Arabic "and" joined to a count ("و3 مذكرات"). */
const ARABIC_AND_COUNT = /^و(?=[\d٠-٩])/u;

/**
 * Whether a form's count opens an item of an enumeration: a comma or a conjunction right before the count ("9
 * agreements, 3 memoranda and 2 protocols", "و3 مذكرات"), so the count is its own, not one told again.
 */
function enumeratedCount(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  for (let k = form.tokenStart - 1; k >= Math.max(0, form.tokenStart - ENUMERATED_REACH); k--) {
    const t = doc.tokens[k];
    if (!t) return false;
    if (ARABIC_AND_COUNT.test(t.text)) return true;
    if (numberIn(t.text, languageOf(doc)) === undefined) continue;
    const before = doc.tokens[k - 1];
    if (!before) return false;
    if (JOINS.has(before.text)) return true;
    const gap = doc.text.slice(doc.map[before.end] ?? 0, doc.map[t.start] ?? 0);
    return /[,،]/u.test(gap);
  }
  return false;
}
