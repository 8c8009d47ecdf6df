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
// The JSON is ours (seed/lexicons); a unit test checks every slug against seed/sector-taxonomy.json.
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

/** Sectors and tracks of a report, best first. */
export function findSectors(
  doc: MatchDoc,
  title?: MatchDoc,
  trackMatches: LexiconMatch<TrackInfo>[] = matchTracks(doc),
): { sectors: SectorHit[]; tracks: TrackHit[] } {
  const sectors = new Map<string, Tally>();
  const tracks = new Map<string, Tally>();
  for (const m of sectorLexicon().match(doc)) tally(sectors, m.data, 1, m.span);
  for (const m of trackMatches) {
    tally(tracks, m.data.slug, 1, m.span);
    tally(sectors, m.data.sector, TRACK_WEIGHT, m.span);
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
