/**
 * Sectors and tracks a report touches, from the multilingual keyword lexicons in seed/lexicons
 * (sectors.json, tracks.json). Every hit keeps its evidence spans; a track hit also counts for its
 * sector. No stemmer: patterns carry their own inflection (see lexicon.ts).
 */
import sectorsData from "../../../seed/lexicons/sectors.json";
import { phraseAlternation } from "../match/phrases";
import tracksData from "../../../seed/lexicons/tracks.json";
import { entriesOf, Lexicon, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { CommitmentKind, SectorHit, Span, TrackHit } from "../types";
import { meetingKinds } from "./sector-kinds";
import { clearSectors, type SectorMention } from "./sector-salience";
import { sectorLeadEnd } from "./sector-lead";
import { noiseZones } from "./noise-zones";
import { inOffice, laterPortfolio } from "./sector-offices";
import { leadersMeeting } from "./sectors-meeting";

type ByLang = Readonly<Record<string, readonly string[]>>;
/** A track of the lexicon: its sector, the usual kind of a commitment on it, and its English title. */
export interface TrackInfo {
  slug: string;
  sector: string;
  kind: CommitmentKind;
  title: string;
}
interface TrackRow extends TrackInfo {
  patterns: ByLang;
}
// The JSON is ours (seed/lexicons); a unit test checks every slug against seed/sector-taxonomy.json.
const TRACKS = (tracksData as unknown as { tracks: readonly TrackRow[] }).tracks;
const SECTORS = (sectorsData as unknown as { sectors: Readonly<Record<string, ByLang>> }).sectors;

/** Evidence spans kept per hit. */
const MAX_EVIDENCE = 5;
/** A sector needs this much weight to be reported (two keywords, or one track phrase and a keyword...). */
export const SECTOR_MIN_SCORE = 2;
const TITLE_FACTOR = 2;
/** A report of at most this many words is a brief. */
const BRIEF_WORDS = 300;
const TRACK_WEIGHT = 1.5;
/** The sector a meeting of leaders reports (sectors-meeting.ts). */
const POLITICAL_DIALOGUE = "political-dialogue";

/** Whether a pattern is an acronym (UN, ONU, ООН, G20): short, in capitals or digits. */
function isAcronym(pattern: string): boolean {
  const letters = pattern.replace(/[^\p{L}]/gu, "");
  return letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Short all-capital patterns (UN, ONU, OIC, ООН) must be written in capitals ('un' is an article); a German noun
 * must keep its capital (Handel is trade, handelt is a verb), and so must a short name in title case ("Nato").
 */
function withCasing<T>(entries: LexiconEntry<T>[]): LexiconEntry<T>[] {
  return entries.map((e) => {
    if (isAcronym(e.pattern)) return { ...e, casing: "upper" };
    const first = e.pattern[0] ?? "";
    if (e.lang === "de" && first !== first.toLowerCase()) return { ...e, casing: "capital" };
    // A short name in title case is an acronym written as a word ("Nato", "Otan", "Asean"): "nato" is Italian for born.
    return /^\p{Lu}\p{Ll}{1,4}\*?$/u.test(e.pattern) ? { ...e, casing: "capital" } : e;
  });
}

const sectorLexicons = new Map<string, Lexicon<string>>();
let trackLex: Lexicon<TrackInfo> | undefined;
const SECTOR_LANGUAGES = new Set(Object.values(SECTORS).flatMap((byLang) => Object.keys(byLang)));

/**
 * The sector keyword lexicon (data: sector slug) of a report's language, with the acronyms of every language;
 * every language's words when the language is unknown. A word of another language is not evidence: Spanish
 * 'importante' is not the German 'Import', Russian 'визит' not 'виза'.
 */
export function sectorLexicon(language?: string): Lexicon<string> {
  const key = language && SECTOR_LANGUAGES.has(language) ? language : "*";
  let lex = sectorLexicons.get(key);
  if (!lex) {
    const entries = Object.entries(SECTORS)
      .flatMap(([slug, byLang]) => entriesOf(byLang, slug))
      .filter((e) => key === "*" || e.lang === key || isAcronym(e.pattern));
    lex = new Lexicon(withCasing(entries), { compounds: true });
    sectorLexicons.set(key, lex);
  }
  return lex;
}

/** The track lexicon (data: the track). */
export function trackLexicon(): Lexicon<TrackInfo> {
  trackLex ??= new Lexicon(withCasing(TRACKS.flatMap(({ patterns, ...info }) => entriesOf(patterns, info))));
  return trackLex;
}

/** The track of a slug, if the lexicon knows it. */
export function trackInfo(slug: string): TrackInfo | undefined {
  const row = TRACKS.find((t) => t.slug === slug);
  return row ? { slug: row.slug, sector: row.sector, kind: row.kind, title: row.title } : undefined;
}

/** Every track slug of the lexicon. */
export const TRACK_SLUGS: readonly string[] = TRACKS.map((t) => t.slug);

interface Tally {
  score: number;
  evidence: Span[];
}
function tally(map: Map<string, Tally>, key: string, weight: number, span?: Span) {
  let t = map.get(key);
  if (!t) {
    t = { score: 0, evidence: [] };
    map.set(key, t);
  }
  t.score += weight;
  if (span && t.evidence.length < MAX_EVIDENCE && !t.evidence.some((e) => e.start === span.start))
    t.evidence.push(span);
}
const round = (n: number) => Math.round(n * 100) / 100;

/** The track matches of a text (for commitments, which look at them sentence by sentence). */
export function matchTracks(doc: MatchDoc, language?: string): LexiconMatch<TrackInfo>[] {
  const found = trackLexicon().match(doc);
  if (!found.some(gapped)) return found;
  const words = sectorWords(doc, language);
  return found.filter((m) => !gapped(m) || !qualifiedByOtherField(m, words));
}

/** The sector keywords of a text, matched once per lexicon: tracks (matchTracks) and sectors (findSectors) read them. */
const sectorWordsBy = new WeakMap<MatchDoc, Map<Lexicon<string>, LexiconMatch<string>[]>>();
export function sectorWords(doc: MatchDoc, language?: string): readonly LexiconMatch<string>[] {
  const lexicon = sectorLexicon(language);
  let byLexicon = sectorWordsBy.get(doc);
  if (!byLexicon) {
    byLexicon = new Map();
    sectorWordsBy.set(doc, byLexicon);
  }
  let found = byLexicon.get(lexicon);
  if (!found) {
    found = lexicon.match(doc).filter((m) => !partyOfficer(doc, m));
    byLexicon.set(lexicon, found);
  }
  return found;
}

const PARTY_OFFICER = (sectorsData as unknown as { partyOfficer: Readonly<Record<"titles" | "party", ByLang>> })
  .partyOfficer;
/** A secretary-general's title (a multilateral word: the UN's) in the eight languages. */
const SECRETARY_GENERAL = new RegExp(phraseAlternation(PARTY_OFFICER.titles), "iu");
/** A party right after it, a few words at most between ("general secretary of the Communist Party", "del Partito"). */
const PARTY_AFTER = new RegExp(
  `^[\\s,]*(?:\\S+\\s+){0,4}?(?:${phraseAlternation(PARTY_OFFICER.party)})(?![\\p{L}])`,
  "iu",
);

/** Whether a sector word is a party's general secretary ("segretario generale del Partito comunista"): no UN. */
function partyOfficer(doc: MatchDoc, m: LexiconMatch<string>): boolean {
  return (
    m.data === "multilateral" &&
    SECRETARY_GENERAL.test(m.span.text) &&
    PARTY_AFTER.test(doc.text.slice(m.span.end, m.span.end + 60))
  );
}

/** The sector keywords within a track phrase's span. */
const wordsWithin = (m: LexiconMatch<TrackInfo>, words: readonly LexiconMatch<string>[]) =>
  words.filter((w) => w.span.start >= m.span.start && w.span.end <= m.span.end);

/** A track phrase read across other words (a `…` in its pattern: "لجنة … مشتركة"). */
const gapped = (m: LexiconMatch<TrackInfo>) => m.pattern.includes("…");

/**
 * Whether the words within a gapped track phrase name another field and none of its own: "لجنة قنصلية مشتركة" (a
 * joint consular committee) or "لجنة عسكرية مشتركة" (a military one) is that field's committee, not the joint
 * intergovernmental commission; "اللجنة الاقتصادية المشتركة" still is.
 */
function qualifiedByOtherField(m: LexiconMatch<TrackInfo>, words: readonly LexiconMatch<string>[]): boolean {
  const inside = wordsWithin(m, words).filter((w) => w.data !== POLITICAL_DIALOGUE);
  return inside.length > 0 && !inside.some((w) => w.data === m.data.sector);
}

/** Words that join the items of a phrase ("trade and investment", "commerce et investissement", "торговля и"). */
const JOINERS = /^(?:[\s,&]|and|et|e|ed|y|und|и|و)*$/iu;

/** Whether a track phrase is nothing but another sector's words joined ("trade and investment"). */
function madeOfOtherSectors(doc: MatchDoc, m: LexiconMatch<TrackInfo>, sectorMatches: LexiconMatch<string>[]): boolean {
  const inside = wordsWithin(m, sectorMatches);
  if (inside.length === 0 || inside.some((s) => s.data === m.data.sector)) return false;
  let rest = "";
  let at = m.span.start;
  for (const s of inside.sort((a, b) => a.span.start - b.span.start)) {
    rest += doc.text.slice(at, s.span.start);
    at = Math.max(at, s.span.end);
  }
  rest += doc.text.slice(at, m.span.end);
  return rest
    .trim()
    .split(/\s+/)
    .every((w) => w === "" || JOINERS.test(w));
}

/** What findSectors knows of a report besides its text. */
export interface SectorOptions {
  /** The report's language (ISO 639-1): its words are read, not another language's. */
  language?: string;
  /** Leaders named in the report and in office (findOfficials): a name stands for its office ("Merz trifft Tusk"). */
  officials?: readonly { span: Span }[];
}

/**
 * Sectors and tracks of a report, best first. A sector needs two mentions, or one clear mention (in the lead, after
 * a cue of areas of cooperation, in an enumeration of areas), or the title.
 */
export function findSectors(
  doc: MatchDoc,
  title?: MatchDoc,
  trackMatches?: LexiconMatch<TrackInfo>[],
  options: SectorOptions = {},
): { sectors: SectorHit[]; tracks: TrackHit[] } {
  const sectors = new Map<string, Tally>();
  const tracks = new Map<string, Tally>();
  const lexicon = sectorLexicon(options.language);
  // The headlines of a link list ("Latest stories", "Lire aussi") say nothing of the report.
  const noise = noiseZones(doc.text);
  const story = (span: Span) => !noise.some((z) => span.start >= z.start && span.start < z.end);
  const sectorMatches = sectorWords(doc, options.language).filter((m) => story(m.span));
  const mentions: SectorMention[] = [];
  for (const m of sectorMatches) {
    // A later portfolio of a minister's title ("ministre des Affaires maghrébines, de l'Union africaine et de la Ligue
    // arabe") only names the minister's remit: no weight at all, or a long title would make a sector of its own.
    if (m.data !== POLITICAL_DIALOGUE && laterPortfolio(doc, m.span)) continue;
    tally(sectors, m.data, 1, m.span);
    // A field word in a person's office ("Minister of Health") says who someone is: it adds weight, never clarity.
    // The offices of diplomacy (Außenminister, Minister of Foreign Affairs) are political dialogue's own words.
    if (m.data === POLITICAL_DIALOGUE || !inOffice(doc, m.span)) mentions.push({ sector: m.data, span: m.span });
  }
  for (const m of trackMatches ?? matchTracks(doc, options.language)) {
    if (!story(m.span)) continue;
    tally(tracks, m.data.slug, 1, m.span);
    // A track phrase made of another sector's words ("trade and investment" on the economy-and-technology
    // track) counts for those words' sector, which they already count for, not for the track's.
    if (madeOfOtherSectors(doc, m, sectorMatches)) continue;
    tally(sectors, m.data.sector, TRACK_WEIGHT, m.span);
    mentions.push({ sector: m.data.sector, span: m.span });
  }
  const leadEnd = sectorLeadEnd(doc);
  const clear = clearSectors(doc, mentions, leadEnd, options.language);
  const meeting = leadersMeeting(doc, 0, leadEnd, { title, language: options.language, officials: options.officials });
  if (meeting) {
    tally(sectors, POLITICAL_DIALOGUE, 0, meeting);
    clear.add(POLITICAL_DIALOGUE);
  }
  // What the meeting is (a state visit, a business forum, a trade figure) counts wherever the report says it.
  for (const kind of meetingKinds(doc, options.language).filter((k) => story(k.span))) {
    tally(sectors, kind.sector, 0, kind.span);
    clear.add(kind.sector);
  }
  for (const slug of clear) {
    const t = sectors.get(slug);
    if (t && t.score < SECTOR_MIN_SCORE) t.score = SECTOR_MIN_SCORE;
  }
  if (title) {
    for (const m of lexicon.match(title)) tally(sectors, m.data, TITLE_FACTOR);
    for (const m of trackLexicon().match(title)) {
      tally(tracks, m.data.slug, TITLE_FACTOR);
      tally(sectors, m.data.sector, TITLE_FACTOR * TRACK_WEIGHT);
    }
  }
  // A brief names each area once: one mention in its story counts there (not a word of someone's office).
  const brief = doc.tokens.length <= BRIEF_WORDS;
  const told = new Set(mentions.map((m) => m.sector));
  const sectorHits: SectorHit[] = [...sectors]
    .filter(([slug, t]) => t.score >= SECTOR_MIN_SCORE || (brief && told.has(slug)))
    .map(([slug, t]) => ({ slug, score: round(t.score), evidence: t.evidence }))
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  const trackHits: TrackHit[] = [...tracks]
    .filter(([, t]) => t.evidence.length > 0 || t.score >= TITLE_FACTOR)
    .map(([slug, t]) => ({ slug, sector: trackInfo(slug)?.sector ?? "", score: round(t.score), evidence: t.evidence }))
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return { sectors: sectorHits, tracks: trackHits };
}
