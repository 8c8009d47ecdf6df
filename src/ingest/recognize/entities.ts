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
import { followsFutureVerb } from "./dates";
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
  return [...new Set([...officialNamesLexicon().match(doc), ...people().match(doc)].map((m) => m.data))].sort();
}

const LOCATIVE = /(?:^|[\s(])(?:in|at|à|a|ad|en|em|nella|nel|na|no|im|в|во|في)\s+$/i;
/** "the capital Rabat", "la capitale Nouakchott", "العاصمة المغربية الرباط": a capital named as a place. */
const CAPITAL_BEFORE =
  /(?:capital|capitale|Hauptstadt|столиц[аеуы]|العاصمة(?:\s+[\u0621-\u064A]+)?)(?:\s+(?:city|of|de|di|del|von))?\s*,?\s+$/iu;
/** A place opening the text and followed by a dash, comma or bracket is its dateline ("RABAT —", "الرباط -"). */
const DATELINE = /^\s*[,(–—-]/;
/** Without a lead to go by, a place must come within this many sentences (or characters) to be the happening's. */
const OPENING_SENTENCES = 4;
const OPENING_CHARS = 400;

/** Whether a place is written as where something happens: "in Rabat", "à Rabat", "в Рабате", "بالرباط", "the capital Rabat". */
function isLocative(doc: MatchDoc, p: PlaceHit): boolean {
  const before = doc.text.slice(Math.max(0, p.span.start - 40), p.span.start);
  if (LOCATIVE.test(before.slice(-12)) || CAPITAL_BEFORE.test(before)) return true;
  // Arabic ب written onto the name ("بالقاهرة"), whether or not the match kept the clitic.
  return /^و?بال/.test(p.span.text) || /(?:^|\s)و?ب$/.test(before);
}

/**
 * The main place of the happening (its English name, 'Rabat'): the dateline's place, else the first place of
 * the lead written as where something happens ("talks in Rabat", "à Rabat", "في الرباط", "в Рабате"), else
 * such a place in the opening sentences. Never a city merely named later (a capital standing for its
 * government, the venue of a next meeting: a place after "will" or "sera" is where something is still to come).
 */
export function mainPlace(
  doc: MatchDoc,
  places: readonly PlaceHit[],
  lead: Lead = leadOf(doc),
  title?: { doc: MatchDoc; places: readonly PlaceHit[] },
): string | undefined {
  const dateline = places.find(
    (p) =>
      (lead.datelineEnd > 0 && p.span.start >= lead.datelineStart && p.span.start < lead.datelineEnd) ||
      (p.span.start < 5 && DATELINE.test(doc.text.slice(p.span.end, p.span.end + 4))),
  );
  const opening = Math.max(doc.sentences[OPENING_SENTENCES - 1]?.end ?? doc.text.length, OPENING_CHARS);
  const happening = (d: MatchDoc, p: PlaceHit) => isLocative(d, p) && !followsFutureVerb(d, p.span.start);
  const inLead = places.find(
    (p) => p.span.start >= lead.datelineEnd && p.span.start < lead.leadEnd && happening(doc, p),
  );
  // A dateline is where the report was filed; a lead that says where the happening was ("signed in New York")
  // wins over it.
  if (dateline) return inLead?.name ?? dateline.name;
  // The headline's "talks in Rabat" tells the place as well as the lead does.
  const inTitle = title?.places.find((p) => happening(title.doc, p));
  return (inLead ?? inTitle ?? places.find((p) => p.span.start < opening && happening(doc, p)))?.name;
}
