/**
 * People and places a report names, as canonical lower-case keys that are the same in every language
 * ('rabat' for Rabat, الرباط and Рабат), so reports of one happening in several languages share them.
 * People come from seed/lexicons/people.json, places from the capitals and places of countries.json.
 */
import data from "../../../seed/lexicons/people.json";
import type { PlaceHit } from "./countries";
import { Lexicon, type LexiconEntry } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { type Lead, leadOf } from "./event-date";

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
  return [
    ...new Set(
      people()
        .match(doc)
        .map((m) => m.data),
    ),
  ].sort();
}

const LOCATIVE = /(?:^|\s)(?:in|at|à|a|en|em|nella|nel|na|no|в|во|في)\s+$/i;
/** A place opening the text and followed by a dash, comma or bracket is its dateline ("RABAT —", "الرباط -"). */
const DATELINE = /^\s*[,(–—-]/;
/** Without a lead to go by, a place must come within this many sentences to be the happening's. */
const OPENING_SENTENCES = 3;

/** Whether a place is written as where something happens: after "in", "à", "в", "في", or with ب ("بالرباط"). */
function isLocative(doc: MatchDoc, p: PlaceHit): boolean {
  const before = doc.text.slice(Math.max(0, p.span.start - 12), p.span.start);
  return LOCATIVE.test(before) || /^و?بال/.test(p.span.text);
}

/**
 * The main place of the happening (its English name, 'Rabat'): the dateline's place, else the first place of
 * the lead written as where something happens ("talks in Rabat", "à Rabat", "في الرباط", "в Рабате"), else
 * such a place in the opening sentences. Never a city merely named later (a capital standing for its
 * government, the venue of a next meeting).
 */
export function mainPlace(doc: MatchDoc, places: readonly PlaceHit[], lead: Lead = leadOf(doc)): string | undefined {
  const dateline = places.find(
    (p) =>
      (lead.datelineEnd > 0 && p.span.start < lead.datelineEnd) ||
      (p.span.start < 5 && DATELINE.test(doc.text.slice(p.span.end, p.span.end + 4))),
  );
  if (dateline) return dateline.name;
  const opening = doc.sentences[OPENING_SENTENCES - 1]?.end ?? doc.text.length;
  const inLead = places.find((p) => p.span.start < lead.leadEnd && isLocative(doc, p));
  return (inLead ?? places.find((p) => p.span.start < opening && isLocative(doc, p)))?.name;
}
