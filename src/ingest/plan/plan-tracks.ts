/** Planning a pair's tracks: which of its tracks a report is about, creating those it evidences first. */
import { type PairScope, quote } from "./scope";
import type { Span } from "../types";

/** The pair's tracks this report is about, and how later steps find the pair's track for a hit. */
export interface PairTracks {
  tracks: string[];
  /**
   * The pair's track for a track hit (its own, else its sector's), creating it when its sector has none, or
   * always with `own` (an instrument names its own subject: a tax treaty is not the joint commission).
   */
  resolveTrack: (slug: string, sector: string, own?: boolean) => string | undefined;
  /** True when the pair has (or this plan creates) a track with this slug. */
  hasTrack: (slug: string) => boolean;
}

function trackTitle(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Plans track creation and activity for one pair. */
export function planTracks(scope: PairScope): PairTracks {
  const { a, ctx, pair, known, plan, activity, claim } = scope;
  // Tracks. A pair with none gets one track per sector evidenced (slug = sector slug). Later reports attach
  // to the pair's tracks: a track hit names its own track, else its sector's track; a track hit whose sector
  // the pair has no track in yet creates that track. Sector keywords alone never add a track to a known pair.
  const existing = new Map((known?.tracks ?? []).map((t) => [t.slug, t.sector]));
  const created = new Map<string, string>();
  const sectorsWithTracks = new Set(existing.values());
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
    sectorsWithTracks.add(sector);
  };
  if (existing.size === 0) {
    for (const s of a.sectors) {
      create(s.slug, s.slug, ctx.sectorLabels.get(s.slug) ?? { en: trackTitle(s.slug) });
      use(s.slug, Math.min(1, 0.4 + 0.1 * s.score), s.evidence[0]);
    }
  }
  const resolveTrack = (slug: string, sector: string, own = false): string | undefined => {
    if (existing.has(slug) || created.has(slug)) return slug;
    if (!own && (existing.has(sector) || created.has(sector))) return sector;
    if (!own && sectorsWithTracks.has(sector)) return undefined;
    create(slug, sector, { en: trackTitle(slug) });
    return slug;
  };
  for (const t of a.tracks) {
    const slug = resolveTrack(t.slug, t.sector);
    if (slug) use(slug, Math.min(1, 0.5 + 0.1 * t.score), t.evidence[0]);
  }
  plan.resolution.tracks.push(...tracks);
  return { tracks, resolveTrack, hasTrack: (slug) => existing.has(slug) || created.has(slug) };
}
