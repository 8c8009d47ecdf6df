/**
 * A demonym that names a language, not a country: "declarou, em português", "written in Spanish and English",
 * "a língua portuguesa", "la langue française", "на казахском языке", "اللغة الفرنسية". A report quoting a
 * president who spoke Portuguese is no report about Portugal. The words are data: seed/lexicons/countries.json
 * `languages`.
 */
import data from "../../../seed/lexicons/countries.json";
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";

const words = (list: readonly string[]) => new Set(list.map(norm));
const PREPOSITIONS = words(data.languages.prepositions);
const NOUNS_BEFORE = words(data.languages.nounsBefore);
const NOUNS_AFTER = words(data.languages.nounsAfter);
const CLOSERS = words(data.languages.closers);
/** How much text on either side is read. */
const REACH = 30;

/** The word right before a span (its last word), normalized. */
function wordBefore(doc: MatchDoc, span: Span): string {
  const before = doc.text.slice(Math.max(0, span.start - REACH), span.start);
  return norm(before.match(/(\p{L}+)\s+$/u)?.[1] ?? "");
}

/** Whether a demonym mention names a language rather than its country. */
export function namesLanguage(doc: MatchDoc, span: Span): boolean {
  const before = wordBefore(doc, span);
  if (NOUNS_BEFORE.has(before)) return true;
  const after = doc.text.slice(span.end, span.end + REACH);
  // "Portuguese-speaking", "French-language": a hyphened word after it is of the language.
  if (/^[-‐‑](?:speaking|language)\b/iu.test(after)) return true;
  const next = after.match(/^\s+(\p{L}+)/u)?.[1];
  if (next && NOUNS_AFTER.has(norm(next))) return true;
  if (!PREPOSITIONS.has(before)) return false;
  // After "in", "em", "auf": the language when nothing it could qualify follows ("in Portuguese waters" is the
  // country's).
  return next === undefined ? /^\s*(?:[,.;:!?)»”"'\]]|$)/u.test(after) : CLOSERS.has(norm(next));
}
