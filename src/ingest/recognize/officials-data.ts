/**
 * The curated officials list (seed/lexicons/officials.json) as typed data and lexicon entries: the dated
 * terms of heads of state, heads of government and foreign ministers, their names in every script we
 * read, and the office words. findOfficials (officials.ts) and findPeople (entities.ts) both read names
 * from here, so a person's names live in one place.
 */
import data from "../../../seed/lexicons/officials.json";
import { Lexicon, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, norm, tokenize } from "../match/normalize";

/** The offices a listed person holds. */
export type Office = "head-of-state" | "head-of-government" | "foreign-minister";
/** Office words: the three offices, plus titles that are offices but not listed ones (crown prince, deputy PM). */
export type OfficeWordKind = Office | "other";
type ByLang = Readonly<Record<string, readonly string[]>>;

/** One dated term of office. */
export interface OfficialTerm {
  /** Canonical lower-case key of the person ("nasser bourita"); the same for all their terms. */
  key: string;
  /** ISO alpha-2 of the country served. */
  country: string;
  office: Office;
  /** First day in office, YYYY-MM-DD. */
  since: string;
  /** First day out of office, YYYY-MM-DD; null while in office. */
  until: string | null;
  /** Only a full name counts (the surname is shared by many people). */
  fullNameOnly?: boolean;
  /** Names by language; `en` holds the Latin forms of every Latin-script language. */
  names: ByLang;
}

interface OfficialsData {
  ambiguousNames: ByLang;
  offices: Readonly<Record<OfficeWordKind, ByLang>>;
  gapWords: ByLang;
  formerWords: ByLang;
  officials: readonly OfficialTerm[];
}

// The JSON is ours (seed/lexicons); a unit test checks its shape and content.
const DATA = data as unknown as OfficialsData;

/** Every dated term of the list. */
export const OFFICIAL_TERMS: readonly OfficialTerm[] = DATA.officials;

/** Terms by person key. */
export const TERMS_BY_KEY: ReadonlyMap<string, readonly OfficialTerm[]> = (() => {
  const m = new Map<string, OfficialTerm[]>();
  for (const t of DATA.officials) m.set(t.key, [...(m.get(t.key) ?? []), t]);
  return m;
})();

const normSet = (byLang: ByLang) => new Set(Object.values(byLang).flatMap((names) => names.map(norm)));

/** Single words (in matching form) that never count alone as a name. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = normSet(DATA.ambiguousNames);
/** Words (in matching form, Arabic ones also without their article) that may stand between an office word and a name. */
export const GAP_WORDS: ReadonlySet<string> = new Set(
  Object.values(DATA.gapWords).flatMap((words) =>
    words.flatMap((w) => tokenize(norm(w)).flatMap((t) => arabicVariants(t.text))),
  ),
);
/** Words (in matching form) that make an office a past one ("former President"). */
export const FORMER_WORDS: ReadonlySet<string> = normSet(DATA.formerWords);

const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

/** Whether a listed name may count on its own: full names always, a single word only when distinctive. */
export function nameCounts(term: Pick<OfficialTerm, "fullNameOnly">, name: string): boolean {
  const words = tokenize(norm(name));
  if (words.length > 1) return true;
  const only = words[0]?.text;
  return only !== undefined && !term.fullNameOnly && !AMBIGUOUS_NAMES.has(only);
}

/** Lexicon entries for every countable name of every listed person; `data` is the person's key. */
export function officialNameEntries(): LexiconEntry<string>[] {
  const out: LexiconEntry<string>[] = [];
  const seen = new Set<string>();
  for (const term of OFFICIAL_TERMS) {
    for (const [lang, names] of Object.entries(term.names)) {
      for (const pattern of names) {
        if (!nameCounts(term, pattern)) continue;
        const id = `${term.key}|${lang}|${pattern}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const arabic = isArabic(pattern);
        out.push({ pattern, lang: arabic ? "ar" : lang, data: term.key, ...(arabic ? {} : { casing: "capital" }) });
      }
    }
  }
  return out;
}

let namesLexicon: Lexicon<string> | undefined;
/** The compiled names of every listed person (built once per isolate, shared by findOfficials and findPeople). */
export function officialNamesLexicon(): Lexicon<string> {
  namesLexicon ??= new Lexicon(officialNameEntries());
  return namesLexicon;
}

const nameMatches = new WeakMap<MatchDoc, readonly LexiconMatch<string>[]>();
/**
 * The listed persons' names in a text, matched once per text: findOfficials, findPeople and the surnames that are
 * also a country's word (not-a-country.ts) all read them.
 */
export function officialNameMatches(doc: MatchDoc): readonly LexiconMatch<string>[] {
  let found = nameMatches.get(doc);
  if (!found) {
    found = officialNamesLexicon().match(doc);
    nameMatches.set(doc, found);
  }
  return found;
}

/** Lexicon entries for the office words of the eight languages. */
export function officeWordEntries(): LexiconEntry<OfficeWordKind>[] {
  const out: LexiconEntry<OfficeWordKind>[] = [];
  for (const [kind, byLang] of Object.entries(DATA.offices) as [OfficeWordKind, ByLang][]) {
    for (const [lang, words] of Object.entries(byLang))
      for (const pattern of words) out.push({ pattern, lang, data: kind });
  }
  return out;
}
