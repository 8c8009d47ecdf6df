/**
 * A field word inside a person's office ("Minister of Health", "ministre de l'Agriculture", "министр обороны",
 * "Verteidigungsminister", "وزير الصحة", "Health Minister") names who someone is, not what the report is about:
 * the office alone never gives a sector. A ministry (an institution that signs and acts) is no person's office.
 */
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";

/** A minister's title just before the field word, with its linking words ("ministre de la", "ministro dell'"). */
const BEFORE = new RegExp(
  "(?<!\\p{L})(?:vice[- ]?)?(?:minister|ministre|ministra|ministro|ministr[ao]s?|министр\\p{L}*|Minister(?:in)?|وزير|وزيرة)" +
    "(?:\\s+(?:of|for|de|du|des|della|dello|degli|delle|del|dei|da|do|dos|das|für|der)\\b|\\s+(?:de\\s+la|de\\s+las|de\\s+los|de\\s+l['’]|dell['’]|della|the|la|le|l['’]|el|los|las|a|o))*\\s*['’]?$",
  "iu",
);
/** Any word of a minister's title. */
const MINISTER_WORD = /minist|министр|وزير/iu;
/** A minister's title just after the field word ("Health Minister", "Agriculture Minister"). */
const AFTER = /^\s*(?:minister|secretary)\b/iu;
/** A German compound office ends in -minister(in); an English one may be hyphenated ("Defence-Minister"). */
const COMPOUND_OFFICE = /minister(?:in|innen|s)?$/iu;

/** Whether the field word at `span` is part of a person's office. */
export function inOffice(doc: MatchDoc, span: Span): boolean {
  if (COMPOUND_OFFICE.test(wordAround(doc, span))) return true;
  const before = doc.text.slice(Math.max(0, span.start - 40), span.start);
  // A cheap look for a minister's word first: most field words stand far from one.
  return (MINISTER_WORD.test(before) && BEFORE.test(before)) || AFTER.test(doc.text.slice(span.end, span.end + 12));
}

/** The whole word (a German compound) that the match starts. */
function wordAround(doc: MatchDoc, span: Span): string {
  let end = span.end;
  while (end < doc.text.length && /[\p{L}-]/u.test(doc.text[end] ?? "")) end++;
  return doc.text.slice(span.start, end);
}
