/**
 * How two country mentions stand to each other in a text: joined ("X and Y", "X–Y", two Arabic adjectives), in a list
 * of three or more, or partners of a third side (after "with", as several counterparts of one side).
 */
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { CountryMention } from "./countries";
import {
  COUNTERPART_REACH,
  cueMatches,
  DETERMINERS,
  FILLERS,
  gapWords,
  JOINERS,
  OFFICES,
  tokenBefore,
  tokenText,
  WITH,
} from "./pair-words";

const DASH = /^\s*[-‐‑–—/]\s*$/;

/** Whether the text between two mentions joins them: "and", "et le", "-", or an Arabic و on the second. */
export function joins(gap: string, second: Pick<CountryMention, "span">): boolean {
  if (DASH.test(gap)) return true;
  if (/[,;:.()!?؟،«»"]/.test(gap)) return false;
  // The Arabic "and" is written on the word after it: "وحكومة جمهورية" is "and the government of the Republic of".
  const ws = gapWords(gap).flatMap((w) =>
    w.length > 1 && w.startsWith("و") && FILLERS.has(w.slice(1)) ? ["و", w.slice(1)] : [w],
  );
  if (ws.length === 0) return /^\s+$/.test(gap) && second.span.text.startsWith("و");
  const joiners = ws.filter((w) => JOINERS.has(w)).length;
  return joiners === 1 && ws.every((w) => JOINERS.has(w) || FILLERS.has(w));
}

/**
 * Whether the gap between two countries joins them as partners of a third party, "with" repeated or not ("with
 * Cuba and Costa Rica", "con Cuba e con la Costa Rica", "com o Uruguai e com o Panamá", "с Кубой и Того").
 */
export function joinsPartners(gap: string, second: Pick<CountryMention, "span">): boolean {
  if (joins(gap, second)) return true;
  if (/[,;:.()!?؟،«»"]/.test(gap)) return false;
  const ws = gapWords(gap);
  const joiners = ws.filter((w) => JOINERS.has(w)).length;
  return (
    joiners === 1 && ws.some((w) => WITH.has(w)) && ws.every((w) => JOINERS.has(w) || WITH.has(w) || FILLERS.has(w))
  );
}

/** Whether a country is named right after "with" (fillers between: "avec le", "com o"). */
export function namedAfterWith(doc: MatchDoc, m: Pick<CountryMention, "tokenStart">): boolean {
  return WITH.has(tokenText(doc, tokenBefore(doc, m.tokenStart, 0, FILLERS)));
}

/**
 * A counterpart cue in the plural or the dual ("his Ghanaian and Senegalese counterparts", "ses homologues", "sus
 * homólogos", "i suoi omologhi", "своими коллегами", "نظيريه", "نظرائه"): several counterparts of one side, each its
 * partner, never partners of each other. German "Amtskollegen" is also a singular's dative, so it is not read so.
 */
export const PLURAL_COUNTERPART =
  /^(?:counterparts|homologues|omologhi|omologhe|hom[oó]log[oa]s|коллегами|коллегам|نظيريه|نظيراه|نظرائه|نظرائهم)$/iu;

/** Whether a country qualifies a plural counterpart cue: named within reach right after it, or right before it. */
export function qualifiesCounterparts(
  doc: MatchDoc,
  m: Pick<CountryMention, "span" | "tokenStart" | "tokenEnd">,
): boolean {
  const sentence = sentenceAt(doc, m.span.start)?.start;
  return cueMatches(doc).some(
    (c) =>
      c.data === "counterpart" &&
      PLURAL_COUNTERPART.test(c.span.text) &&
      sentenceAt(doc, c.span.start)?.start === sentence &&
      ((c.tokenEnd <= m.tokenStart && m.tokenStart - c.tokenEnd < COUNTERPART_REACH) ||
        (m.tokenEnd <= c.tokenStart && c.tokenStart - m.tokenEnd < COUNTERPART_REACH + 3)),
  );
}

/** An Arabic relative adjective with its article ("الجزائرية", "الكازاخستاني", "المغربيين"). */
const ARABIC_ADJECTIVE = /^ال[\u0600-\u06FF]+(?:ية|ي|يين|يان|يتين)$/u;

/**
 * Whether two Arabic relative adjectives side by side qualify one noun together ("المشاورات السياسية الجزائرية
 * الكازاخستانية", Algerian-Kazakh political consultations): the two countries joined, as "Algerian-Kazakh" is.
 */
export function adjectivesJoined(
  gap: string,
  first: Pick<CountryMention, "span">,
  second: Pick<CountryMention, "span">,
): boolean {
  return /^[^\S\n]+$/u.test(gap) && ARABIC_ADJECTIVE.test(first.span.text) && ARABIC_ADJECTIVE.test(second.span.text);
}

/** Whether the text between two mentions continues a list: a comma, or a joiner, with determiners, or an Arabic و on the next. */
export function continuesList(gap: string, next: Pick<CountryMention, "span">): boolean {
  if (/^\s+$/.test(gap) && next.span.text.startsWith("و")) return true;
  if (!/^[\s,،]*$/.test(gap.replace(/[\p{L}']+/gu, (w) => (DETERMINERS.has(norm(w)) || JOINERS.has(norm(w)) ? "" : w))))
    return false;
  return /[,،]/.test(gap) || gapWords(gap).some((w) => JOINERS.has(w));
}

/** The first token of the sentence starting at `start` (an original offset). */
export function firstTokenOf(doc: MatchDoc, start: number): number {
  const i = doc.tokens.findIndex((t) => (doc.map[t.start] ?? 0) >= start);
  return i < 0 ? doc.tokens.length : i;
}

/** Whether "with" stands before token `at`, office words and fillers between, no further back than `floor`. */
export function afterWith(doc: MatchDoc, at: number, floor: number): boolean {
  return WITH.has(tokenText(doc, tokenBefore(doc, at, floor, FILLERS, OFFICES)));
}
