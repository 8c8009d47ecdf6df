/** Planning a pair's tracks: which of its tracks a report is about, creating those it evidences first. */
import { type PairScope, quote } from "./scope";
import type { Span } from "../types";

/** The pair's tracks this report is about, and how later steps find the pair's track for a hit. */
export interface PairTracks {
  tracks: string[];
  /** The pair's track for a track hit: its own, created when the pair lacks it (slugs are canonical). */
  resolveTrack: (slug: string, sector: string) => string | undefined;
  /** True when the pair has (or this plan creates) a track with this slug. */
  hasTrack: (slug: string) => boolean;
  /** The pair's track of a sector (the one named after it, else its only one), if any. */
  trackForSector: (sector: string) => string | undefined;
}

/** The sector whose words (talks, visits, foreign ministers) every report of a pair uses. */
const GENERIC_SECTOR = "political-dialogue";

function trackTitle(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Plans track creation and activity for one pair. Slugs are canonical, the same in every pair: a track the
 * lexicon knows keeps its own slug (`visa-exemption` on KZ-MA and on MR-RU alike), and a sector evidenced
 * without any such track gets a track named after the sector. A report on a known pair attaches to the tracks
 * it names and to the one track of each sector it clearly touches, and brings their last activity forward,
 * even when no commitment changes. Sector keywords alone never add a track to a known pair.
 */
export function planTracks(scope: PairScope): PairTracks {
  const { a, ctx, pair, known, plan, activity, claim } = scope;
  const existing = new Map((known?.tracks ?? []).map((t) => [t.slug, t.sector]));
  const created = new Map<string, string>();
  const isNew = existing.size === 0;
  const tracks: string[] = [];
  const use = (slug: string, confidence: number, evidence: Span | undefined) => {
    if (tracks.includes(slug)) return;
    tracks.push(slug);
    if (activity && existing.has(slug)) plan.touchedTracks.push({ pair, slug, lastActivity: activity });
    claim({
      subjectType: "track",
      subjectId: slug,
      predicate: "mentioned",
      value: "true",
      confidence,
      ...quote(evidence),
    });
  };
  const create = (slug: string, sector: string, titles: Record<string, string>) => {
    plan.newTracks.push({ pair, slug, sector, titles, lastActivity: activity });
    created.set(slug, sector);
  };
  const has = (slug: string) => existing.has(slug) || created.has(slug);
  /** The pair's track of a sector: the one named after it, else its only track. */
  const trackForSector = (sector: string): string | undefined => {
    if (has(sector)) return sector;
    const inSector = [...existing, ...created].filter(([, s]) => s === sector).map(([slug]) => slug);
    return inSector.length === 1 ? inSector[0] : undefined;
  };
  const resolveTrack = (slug: string, sector: string): string | undefined => {
    if (has(slug)) return slug;
    create(slug, sector, { en: trackTitle(slug) });
    return slug;
  };
  for (const t of a.tracks)
    use(resolveTrack(t.slug, t.sector) ?? t.slug, Math.min(1, 0.5 + 0.1 * t.score), t.evidence[0]);
  for (const s of a.sectors) {
    // Talks and foreign ministers are in nearly every report: they say nothing about a known pair's tracks.
    let slug = isNew || s.slug !== GENERIC_SECTOR ? trackForSector(s.slug) : undefined;
    if (!slug && isNew) {
      create(s.slug, s.slug, ctx.sectorLabels.get(s.slug) ?? { en: trackTitle(s.slug) });
      slug = s.slug;
    }
    if (slug) use(slug, Math.min(1, 0.4 + 0.1 * s.score), s.evidence[0]);
  }
  plan.resolution.tracks.push(...tracks);
  return { tracks, resolveTrack, hasTrack: has, trackForSector };
}
