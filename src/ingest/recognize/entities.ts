/**
 * People a report names, as canonical lower-case keys that are the same in every language, so reports of one
 * happening in several languages share them. They come from the officials list (seed/lexicons/officials.json:
 * heads of state and government, foreign ministers) and seed/lexicons/people.json (everyone else, such as UN
 * envoys). The happening's place is read in place.ts.
 */
import data from "../../../seed/lexicons/people.json";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { officialNameMatches } from "./officials-data";

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
  return [...new Set([...officialNameMatches(doc), ...people().match(doc)].map((m) => m.data))].sort();
}
