/**
 * Heads of state and government and foreign ministers named in a report, with the country they serve.
 * Names and dated terms come from seed/lexicons/officials.json (see officials-data.ts). A person counts
 * only while in office on the report's date; an office word beside the name ("Foreign Minister Bourita",
 * "Bourita, Morocco's foreign minister", "وزير الخارجية المغربي ناصر بوريطة") is reported as `withOffice`.
 */
import { coveredTokens, Lexicon, type LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { countryLexicon } from "./gazetteer";
import {
  FORMER_WORDS,
  GAP_WORDS,
  type Office,
  type OfficeWordKind,
  type OfficialTerm,
  officeWordEntries,
  officialNameMatches,
  TERMS_BY_KEY,
} from "./officials-data";

export type { Office, OfficeWordKind } from "./officials-data";

/** A listed official named in a text. */
export interface OfficialHit {
  /** ISO alpha-2 of the country the person serves. */
  code: string;
  /** Canonical lower-case key, e.g. "nasser bourita". */
  person: string;
  office: Office;
  /** An office word stands next to the name ("Foreign Minister Bourita", "Bourita, Morocco's foreign minister"). */
  withOffice: boolean;
  span: Span;
}

/** An office word in a text ("Foreign Minister", "الرئيس", "глава МИД"). */
export interface OfficeWordHit {
  kind: OfficeWordKind;
  /** Qualified as past ("former President", "الرئيس السابق"). */
  former: boolean;
  tokenStart: number;
  tokenEnd: number;
  span: Span;
}

/** Most words between an office and the name after it (long titles: "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"). */
const MAX_GAP_BEFORE = 8;
/** Most words between a name and the office after it ("Bourita, Morocco's foreign minister"). */
const MAX_GAP_AFTER = 4;
const RANK: Readonly<Record<Office, number>> = { "head-of-state": 0, "head-of-government": 1, "foreign-minister": 2 };

let offices: Lexicon<OfficeWordKind> | undefined;
const officesLexicon = () => (offices ??= new Lexicon(officeWordEntries()));

const isFormer = (doc: MatchDoc, i: number) => {
  const t = doc.tokens[i];
  return t !== undefined && arabicVariants(t.text).some((v) => FORMER_WORDS.has(v));
};

/** Each text's office words, matched once (findOfficials and the lead's office holders both read them). */
const officeWordsOf = new WeakMap<MatchDoc, readonly OfficeWordHit[]>();

/** Office words of a text; a past office ("former", "ancien", "السابق", "бывший") is flagged. */
export function findOfficeWords(doc: MatchDoc): readonly OfficeWordHit[] {
  const known = officeWordsOf.get(doc);
  if (known) return known;
  const found = officesLexicon()
    .match(doc)
    .map((m) => {
      // Latin and Cyrillic put the qualifier before the office, Arabic after it, either maybe past a demonym
      // ("former Moroccan Foreign Minister", "الرئيس الأمريكي السابق").
      const arabic = /[\u0600-\u06FF]/.test(m.span.text);
      const former = arabic
        ? isFormer(doc, m.tokenEnd) || isFormer(doc, m.tokenEnd + 1)
        : isFormer(doc, m.tokenStart - 1) || isFormer(doc, m.tokenStart - 2);
      return { kind: m.data, former, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, span: m.span };
    });
  officeWordsOf.set(doc, found);
  return found;
}

const countryTokens = new WeakMap<MatchDoc, Set<number>>();
/** Token indexes covered by a country name, demonym or capital (computed once per text, only when needed). */
function countryTokensOf(doc: MatchDoc): Set<number> {
  let set = countryTokens.get(doc);
  if (!set) {
    set = coveredTokens(
      countryLexicon()
        .match(doc)
        .filter((m) => m.data.kind !== "blocked"),
    );
    countryTokens.set(doc, set);
  }
  return set;
}

/** Whether the words [from, to) may stand between an office and a name: title words, countries, capitalized words. */
function gapOk(doc: MatchDoc, from: number, to: number, nameStarts: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (!t || nameStarts.has(i)) return false;
    if (arabicVariants(t.text).some((v) => GAP_WORDS.has(v))) continue;
    const ch = doc.text[doc.map[t.start] ?? -1] ?? "";
    if (/\p{Lu}/u.test(ch)) continue;
    if (!countryTokensOf(doc).has(i)) return false;
  }
  return true;
}

/** The office word standing next to a name match, if any. */
function officeBeside(
  doc: MatchDoc,
  m: LexiconMatch<string>,
  words: readonly OfficeWordHit[],
  nameStarts: ReadonlySet<number>,
): OfficeWordHit | undefined {
  const sentence = sentenceAt(doc, m.span.start);
  for (const o of words) {
    if (o.former) continue;
    if (o.tokenStart < m.tokenEnd && m.tokenStart < o.tokenEnd) return o; // the name includes its title ("King Charles")
    if (sentenceAt(doc, o.span.start) !== sentence) continue;
    if (o.tokenEnd <= m.tokenStart) {
      if (m.tokenStart - o.tokenEnd <= MAX_GAP_BEFORE && gapOk(doc, o.tokenEnd, m.tokenStart, nameStarts)) return o;
    } else if (o.tokenStart >= m.tokenEnd && o.tokenStart - m.tokenEnd <= MAX_GAP_AFTER) {
      // After the name only as an apposition: "Bourita, ministre…", "Лавров (глава МИД…)", "بوريطة، وزير…".
      const between = doc.text.slice(m.span.end, o.span.start);
      const apposition = /^\s*[,(–—،-]/.test(between) || (between.trim() === "" && /[\u0600-\u06FF]/.test(o.span.text));
      if (apposition && gapOk(doc, m.tokenEnd, o.tokenStart, nameStarts)) return o;
    }
  }
  return undefined;
}

const inOffice = (t: OfficialTerm, on: string | undefined) =>
  on === undefined || (t.since <= on && (t.until === null || on < t.until));

/** People of the officials list named in the text and in office on `on` (YYYY-MM-DD; any term when absent). */
export function findOfficials(doc: MatchDoc, on?: string): OfficialHit[] {
  const matches = officialNameMatches(doc);
  if (!matches.length) return [];
  const words = findOfficeWords(doc);
  const nameStarts = new Set(matches.map((m) => m.tokenStart));
  const hits: OfficialHit[] = [];
  for (const m of matches) {
    const terms = (TERMS_BY_KEY.get(m.data) ?? []).filter((t) => inOffice(t, on));
    if (!terms.length) continue;
    const office = officeBeside(doc, m, words, nameStarts);
    // One hit per mention: the term whose office the office word names, else the highest office, else the latest.
    const term = [...terms].sort(
      (a, b) =>
        Number(b.office === office?.kind) - Number(a.office === office?.kind) ||
        RANK[a.office] - RANK[b.office] ||
        b.since.localeCompare(a.since),
    )[0];
    if (!term) continue;
    hits.push({
      code: term.country,
      person: term.key,
      office: term.office,
      withOffice: office !== undefined,
      span: m.span,
    });
  }
  return hits;
}
