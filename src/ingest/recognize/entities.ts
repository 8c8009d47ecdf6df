/**
 * People and places a report names, as canonical lower-case keys that are the same in every language
 * ('rabat' for Rabat, الرباط and Рабат), so reports of one happening in several languages share them.
 * People come from the officials list (seed/lexicons/officials.json: heads of state and government, foreign
 * ministers) and seed/lexicons/people.json (everyone else, such as UN envoys); places from countries.json.
 */
import data from "../../../seed/lexicons/people.json";
import type { PlaceHit } from "./countries";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import { officialNamesLexicon } from "./officials-data";
import type { MatchDoc } from "../match/normalize";

// The JSON is ours (seed/lexicons).
const PEOPLE = (data as unknown as { people: Readonly<Record<string, { country: string; names: readonly string[] }>> })
  .people;

function langOf(name: string): string {
  if (/[\u0600-\u06FF]/.test(name)) return "ar";
  if (/[\u0400-\u04FF]/.test(name)) return "ru";
  return "en";
}

let lexicon: Lexicon<string> | undefined;
function people(): Lexicon<string> {
  lexicon ??= new Lexicon(
    Object.entries(PEOPLE).flatMap(([key, p]) =>
      p.names.map(
        (pattern): LexiconEntry<string> => ({
          pattern,
          lang: langOf(pattern),
          data: key,
          ...(langOf(pattern) === "ar" ? {} : { casing: "capital" as const }),
        }),
      ),
    ),
  );
  return lexicon;
}

/** Canonical keys of the people named in a text. */
export function findPeople(doc: MatchDoc): string[] {
  return [...new Set([...officialNamesLexicon().match(doc), ...people().match(doc)].map((m) => m.data))].sort();
}

const LOCATIVE = /(?:^|\s)(?:in|at|à|a|en|em|nella|nel|na|no|в|во|في)\s+$/i;
/** A place opening the text and followed by a dash, comma or bracket is its dateline ("RABAT —", "الرباط -"). */
const DATELINE = /^\s*[,(–—-]/;

/**
 * The main place of the happening (its English name, 'Rabat'): the place of the dateline, else the
 * one most often named, with a bonus when written after "in", "à", "في" or with ب ("بالرباط").
 */
export function mainPlace(doc: MatchDoc, places: readonly PlaceHit[]): string | undefined {
  const score = new Map<string, number>();
  for (const p of places) {
    let s = 1;
    if (p.span.start < 5 && DATELINE.test(doc.text.slice(p.span.end, p.span.end + 4))) s += 3;
    const before = doc.text.slice(Math.max(0, p.span.start - 12), p.span.start);
    if (LOCATIVE.test(before) || /^و?بال/.test(p.span.text)) s += 2;
    score.set(p.name, (score.get(p.name) ?? 0) + s);
  }
  return [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
}
