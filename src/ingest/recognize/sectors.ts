/**
 * Sectors and tracks a report touches, from the multilingual keyword lexicons in seed/lexicons
 * (sectors.json, tracks.json). Every hit keeps its evidence spans; a track hit also counts for its
 * sector. No stemmer: patterns carry their own inflection (see lexicon.ts).
 */
import sectorsData from "../../../seed/lexicons/sectors.json";
import tracksData from "../../../seed/lexicons/tracks.json";
import { entriesOf, Lexicon, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { CommitmentKind, SectorHit, Span, TrackHit } from "../types";

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
// The JSON is ours (seed/lexicons); a unit test checks every slug against seed/sectors.json.
const TRACKS = (tracksData as unknown as { tracks: readonly TrackRow[] }).tracks;
const SECTORS = (sectorsData as unknown as { sectors: Readonly<Record<string, ByLang>> }).sectors;

/** Evidence spans kept per hit. */
const MAX_EVIDENCE = 5;
/** A sector needs this much weight to be reported (two keywords, or one track phrase and a keyword...). */
export const SECTOR_MIN_SCORE = 2;
const TITLE_FACTOR = 2;
const TRACK_WEIGHT = 1.5;

/** Short all-capital patterns (UN, ONU, OIC, ООН) must be written in capitals ('un' is an article). */
function withCasing<T>(entries: LexiconEntry<T>[]): LexiconEntry<T>[] {
  return entries.map((e) => {
    const letters = e.pattern.replace(/[^\p{L}]/gu, "");
    return letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
      ? { ...e, casing: "upper" }
      : e;
  });
}

let sectorLex: Lexicon<string> | undefined;
let trackLex: Lexicon<TrackInfo> | undefined;

/** The sector keyword lexicon (data: sector slug). */
export function sectorLexicon(): Lexicon<string> {
  sectorLex ??= new Lexicon(withCasing(Object.entries(SECTORS).flatMap(([slug, byLang]) => entriesOf(byLang, slug))));
  return sectorLex;
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
export function matchTracks(doc: MatchDoc): LexiconMatch<TrackInfo>[] {
  return trackLexicon().match(doc);
}

/** Items of an enumeration are at most this far apart ("trade, energy, agriculture and health"). */
const LIST_GAP = 30;
/** An enumeration has at least this many items. */
const LIST_MIN_ITEMS = 3;

interface SectorMention {
  sector: string;
  span: Span;
}

/**
 * Sectors named in enumerations: runs of at least three mentions a few characters apart, within one sentence. Joint statements list each area of cooperation once, and one clear mention in such a list counts.
 */
function listedSectors(doc: MatchDoc, mentions: readonly SectorMention[]): Set<string> {
  const listed = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
  let run: SectorMention[] = [];
  const close = () => {
    if (run.length >= LIST_MIN_ITEMS) for (const m of run) listed.add(m.sector);
    run = [];
  };
  for (const m of sorted) {
    const last = run.at(-1);
    if (last) {
      const gap = doc.text.slice(last.span.end, m.span.start);
      if (m.span.start < last.span.end) continue;
      if (gap.length > LIST_GAP || /[.!?;:\n]/.test(gap)) close();
    }
    run.push(m);
  }
  close();
  return listed;
}

/** Words that join the items of a phrase ("trade and investment", "commerce et investissement", "торговля и"). */
const JOINERS = /^(?:[\s,&]|and|et|e|ed|y|und|и|و)*$/iu;

/** Whether a track phrase is nothing but another sector's words joined ("trade and investment"). */
function madeOfOtherSectors(doc: MatchDoc, m: LexiconMatch<TrackInfo>, sectorMatches: LexiconMatch<string>[]): boolean {
  const inside = sectorMatches.filter((s) => s.span.start >= m.span.start && s.span.end <= m.span.end);
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

/** Sectors and tracks of a report, best first. */
export function findSectors(
  doc: MatchDoc,
  title?: MatchDoc,
  trackMatches: LexiconMatch<TrackInfo>[] = matchTracks(doc),
): { sectors: SectorHit[]; tracks: TrackHit[] } {
  const sectors = new Map<string, Tally>();
  const tracks = new Map<string, Tally>();
  const sectorMatches = sectorLexicon().match(doc);
  const mentions: SectorMention[] = [];
  for (const m of sectorMatches) {
    tally(sectors, m.data, 1, m.span);
    mentions.push({ sector: m.data, span: m.span });
  }
  for (const m of trackMatches) {
    tally(tracks, m.data.slug, 1, m.span);
    // A track phrase made of another sector's words ("trade and investment" on the economy-and-technology
    // track) counts for those words' sector, which they already count for, not for the track's.
    if (madeOfOtherSectors(doc, m, sectorMatches)) continue;
    tally(sectors, m.data.sector, TRACK_WEIGHT, m.span);
    mentions.push({ sector: m.data.sector, span: m.span });
  }
  for (const slug of listedSectors(doc, mentions)) {
    const t = sectors.get(slug);
    if (t && t.score < SECTOR_MIN_SCORE) t.score = SECTOR_MIN_SCORE;
  }
  if (title) {
    for (const m of sectorLexicon().match(title)) tally(sectors, m.data, TITLE_FACTOR);
    for (const m of trackLexicon().match(title)) {
      tally(tracks, m.data.slug, TITLE_FACTOR);
      tally(sectors, m.data.sector, TITLE_FACTOR * TRACK_WEIGHT);
    }
  }
  const sectorHits: SectorHit[] = [...sectors]
    .filter(([, t]) => t.score >= SECTOR_MIN_SCORE)
    .map(([slug, t]) => ({ slug, score: round(t.score), evidence: t.evidence }))
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  const trackHits: TrackHit[] = [...tracks]
    .filter(([, t]) => t.evidence.length > 0 || t.score >= TITLE_FACTOR)
    .map(([slug, t]) => ({ slug, sector: trackInfo(slug)?.sector ?? "", score: round(t.score), evidence: t.evidence }))
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return { sectors: sectorHits, tracks: trackHits };
}
