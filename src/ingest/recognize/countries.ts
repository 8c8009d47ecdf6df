/**
 * Countries named in a report, with salience, and the pair it is about. What counts as a mention of a
 * country is the gazetteer's (gazetteer.ts); here mentions are weighed by kind and position.
 */
import { pairKey } from "../../lib/pair-key";
import { type MatchDoc, norm } from "../match/normalize";
import type { CountryHit, PairHit, Span } from "../types";
import { withCombining } from "./country-combining";
import { coordinatedCodes } from "./country-coordinated";
import { type CountryData, countryLexicon, type MentionKind, sharedDemonymLexicon } from "./gazetteer";
import type { LexiconMatch } from "../match/lexicon";
import { inZones, noiseZones, type Zone } from "./noise-zones";
import { namesLanguage } from "./country-language";
import { isOfficialSurname, notTheCountry, officialSurnames, partOfAnother, personSurnames } from "./not-a-country";
import { officialNameMatches, TERMS_BY_KEY } from "./officials-data";

/** Salience weight of one mention, by kind. */
export const WEIGHT: Readonly<Record<MentionKind, number>> = {
  name: 1,
  demonym: 0.8,
  capital: 0.4,
  place: 0,
  blocked: 0,
};
/** Position factors: a mention in the title counts 2.5 times, in the lead 1.5 times. */
export const TITLE_FACTOR = 2.5;
export const LEAD_FACTOR = 1.5;
export const LEAD_CHARS = 300;

/** A capital or city named in the text (for events): its canonical key ('rabat') and English name ('Rabat'). */
export interface PlaceHit {
  key: string;
  name: string;
  country: string;
  span: Span;
  /** The country's name standing for its capital ("زيارته إلى تونس"): a place only after a visit phrase. */
  byCountryName?: boolean;
}

/** One counted mention of a country in the text: its kind, its weight (kind × position) and where it is. */
export interface CountryMention {
  code: string;
  /** How the country is named; "official": one of its officials (see country-officials.ts). */
  kind: MentionKind | "official";
  /** Weight of the kind alone, and with the position factor. */
  base: number;
  weight: number;
  span: Span;
  /** Token indexes into the doc, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface CountryScan {
  countries: CountryHit[];
  places: PlaceHit[];
  /** The counted mentions in the text, in text order (page noise and blocked or ambiguous names left out). */
  mentions: CountryMention[];
  /** Countries named in the title, with their weight there. */
  inTitle: { code: string; weight: number }[];
  /** Page noise zones of the text (link lists under a "Latest stories" heading). */
  noise: Zone[];
}

/** Countries named in the title and text, best first, with their salience; and the places named. */
export function findCountries(doc: MatchDoc, title?: MatchDoc): CountryScan {
  const lex = countryLexicon();
  const ownText = withCombining(doc, lex.match(doc));
  const ownTitle = title ? withCombining(title, lex.match(title)) : [];
  const unambiguous = new Set([
    ...[...ownText, ...ownTitle]
      .filter((m) => !m.data.ambiguous && m.data.kind !== "place" && m.data.kind !== "blocked")
      .map((m) => m.data.code),
    ...coordinatedCodes(doc, ownText),
    ...(title ? coordinatedCodes(title, ownTitle) : []),
  ]);
  // A demonym two countries claim ("congolais") names the one of them the text names outright ("République du Congo").
  const inText = withShared(doc, ownText, unambiguous);
  const inTitle = title ? withShared(title, ownTitle, unambiguous) : [];
  const firstSentenceEnd = doc.sentences[0]?.end ?? 0;
  const leadEnd = Math.max(LEAD_CHARS, firstSentenceEnd);
  const byCode = new Map<string, CountryHit>();
  const hit = (code: string) => {
    let h = byCode.get(code);
    if (!h) {
      h = { code, score: 0, mentions: [] };
      byCode.set(code, h);
    }
    return h;
  };
  const places: PlaceHit[] = [];
  const mentions: CountryMention[] = [];
  const noise = noiseZones(doc.text);
  const names = (ms: typeof inText) => ms.filter((m) => m.data.kind === "name").map((m) => m.span);
  const textNames = names(inText);
  const textSurnames = personSurnames(doc, textNames);
  const notCountry = notTheCountry(doc, textNames, textSurnames);
  // A headline's name that the text or the headline itself gives as a surname ("Montenegro and Sánchez meet…" over
  // "Prime Minister Luís Montenegro") is that person.
  const surnames = new Set([...textSurnames, ...(title ? personSurnames(title, names(inTitle)) : [])]);
  // A demonym or name the text gives as a listed official's surname is that person wherever it stands.
  const isPerson = (m: { data: { kind: MentionKind }; span: Span }, on: MatchDoc = doc) =>
    (m.data.kind === "name" || m.data.kind === "demonym") && isOfficialSurname(on, m.span, officialSurnames(doc));
  // A word inside a listed official's name is the person's, no mention of a country ("خوسيه مانويل ألباريس", or
  // "ألباريس" alone, holds Paris once its article is stripped; "Мохаммед Шиа ас-Судани" holds Sudan), unless it is the
  // official's own country ("Israel Katz", "Nursultan Nazarbayev"). The lexicon lists a surname alone only when it is
  // distinctive, and words shared with a country (ambiguousNames) never alone.
  const personNames = officialNameMatches(doc);
  const inFullName = (span: Span, code: string) =>
    personNames.some(
      (n) =>
        n.span.start <= span.start &&
        span.end <= n.span.end &&
        !(TERMS_BY_KEY.get(n.data) ?? []).some((t) => t.country === code),
    );
  for (const m of inText) {
    const d = m.data;
    if (inZones(noise, m.span.start)) continue;
    if (d.place) places.push({ key: d.place, name: d.placeName ?? d.place, country: d.code, span: m.span });
    if (d.kind === "blocked" || d.kind === "place" || (d.ambiguous && !unambiguous.has(d.code))) continue;
    if ((d.kind === "name" && notCountry.has(m.span.start)) || isPerson(m) || inFullName(m.span, d.code)) continue;
    if (partOfAnother(doc, d.code, m.span)) continue;
    if (d.kind === "demonym" && namesLanguage(doc, m.span)) continue;
    const h = hit(d.code);
    const weight = WEIGHT[d.kind] * (m.span.start < leadEnd ? LEAD_FACTOR : 1);
    h.score += weight;
    h.mentions.push(m.span);
    mentions.push({
      code: d.code,
      kind: d.kind,
      base: WEIGHT[d.kind],
      weight,
      span: m.span,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
    });
  }
  const titled: { code: string; weight: number }[] = [];
  for (const m of inTitle) {
    const d = m.data;
    if (d.kind === "blocked" || d.kind === "place" || (d.ambiguous && !unambiguous.has(d.code))) continue;
    if ((d.kind === "name" && surnames.has(norm(m.span.text))) || (title && isPerson(m, title))) continue;
    hit(d.code).score += WEIGHT[d.kind] * TITLE_FACTOR;
    titled.push({ code: d.code, weight: WEIGHT[d.kind] * TITLE_FACTOR });
  }
  const countries = [...byCode.values()]
    .map((h) => ({ ...h, score: Math.round(h.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  return { countries, places, mentions, inTitle: titled, noise };
}

/**
 * A text's country matches with its shared demonyms ("congolais", claimed by both Congos) as mentions of the one
 * claimant it names outright, in text order; with none or both named, such a demonym names nobody.
 */
function withShared(
  doc: MatchDoc,
  own: LexiconMatch<CountryData>[],
  named: ReadonlySet<string>,
): LexiconMatch<CountryData>[] {
  const out = [...own];
  for (const m of sharedDemonymLexicon().match(doc)) {
    const claimants = m.data.filter((c) => named.has(c));
    const [code] = claimants;
    if (claimants.length !== 1 || !code) continue;
    if (own.some((o) => o.span.start < m.span.end && m.span.start < o.span.end)) continue;
    out.push({ ...m, data: { code, kind: "demonym", ambiguous: false } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A country must score this much to be what a report is about (title + one mention, or three mentions). */
export const PAIR_MIN_SCORE = 3;
/** The third country must score at most this share of the second for the pair to dominate. */
export const PAIR_DOMINANCE = 0.5;

/**
 * The pair a report is about: its two most salient countries, when both pass PAIR_MIN_SCORE and
 * clearly dominate the rest. A country named once in passing, or a text naming many countries a
 * little each, gives no pair. Score: the pair's share of all salience (0–1).
 */
export function pairsOf(countries: readonly CountryHit[]): PairHit[] {
  const [a, b, c] = countries;
  if (!a || !b || b.score < PAIR_MIN_SCORE) return [];
  if (b.score < 0.15 * a.score) return [];
  if (c && c.score > PAIR_DOMINANCE * b.score) return [];
  const key = pairKey(a.code, b.code);
  if (!key) return [];
  const total = countries.reduce((s, h) => s + h.score, 0);
  return [{ key, score: Math.round(((a.score + b.score) / total) * 100) / 100 }];
}
