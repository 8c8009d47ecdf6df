/**
 * Grouping reports of one happening into an event. Shingles cannot do it (two outlets' stories of
 * one visit share almost no 3-word sequences), so an event matches on: the same pair (the caller
 * passes only the pair's candidates), dates within ±3 days, and something in common — a track,
 * a person, or the place — and no conflicting city (see placesConflict).
 *
 * Undated reports: a report whose eventDate is missing (no date in the text, no publication date, no
 * URL month) has nothing to place it in time, so it joins an event only when its sources agree with that
 * one event: it shares the place or a person with it, or three tracks (an anchor: one or two fields of
 * cooperation fit any meeting of the pair), at least two things in all, and no other event of the pair fits it so (two meetings in Rabat with the
 * same ministers: it joins neither). Otherwise `matchEvent` returns undefined, and the caller must NOT start
 * an event from it (there is no date to give one, and never the ingestion day); the report stays with its
 * pair, unattached. A dated report that matches nothing starts a new event.
 */
import { daysBetween } from "../recognize/dates";
import { EVIDENCE_RANK } from "./ranks";
import type { DateHit, EventCandidate } from "../types";

/** What the clusterer needs of an analysis. */
export interface ClusterInput {
  pair?: string;
  eventDate?: Pick<DateHit, "date" | "evidence">;
  tracks: readonly string[];
  entities: readonly string[];
  place?: string;
}

/** Reports of one event are at most this many days apart. */
export const WINDOW_DAYS = 3;
/** When a date is only a publication date, the window widens to this (a report comes out days after). */
const PUBLISHED_LAG_DAYS = 5;

/** A place as a comparable key: no case, no accents (Brasília, Brasilia). */
function placeKey(place: string | null | undefined): string | undefined {
  return place ? place.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() : undefined;
}

function overlap(a: ClusterInput, c: EventCandidate): { tracks: number; entities: number; place: boolean } {
  const tracks = a.tracks.filter((t) => c.tracks.includes(t)).length;
  const entities = a.entities.filter((e) => c.entities.includes(e)).length;
  const place = !!a.place && placeKey(a.place) === placeKey(c.place);
  return { tracks, entities, place };
}

/**
 * Whether report and event are set in different cities: both have a place, they differ, and neither text names
 * the other's city. The same people meet again days later elsewhere (a visit, then a session in the other
 * capital); a report whose place is only its dateline still names the event's city among its entities.
 */
function placesConflict(a: ClusterInput, c: EventCandidate): boolean {
  const mine = placeKey(a.place);
  const theirs = placeKey(c.place);
  if (!mine || !theirs || mine === theirs) return false;
  const named = (entities: readonly string[], place: string) => entities.some((e) => placeKey(e) === place);
  return !named(a.entities, theirs) && !named(c.entities, mine);
}

/** The id of the event a report belongs to, or undefined (see the module comment for undated reports). */
export function matchEvent(a: ClusterInput, candidates: readonly EventCandidate[]): string | undefined {
  const date = a.eventDate;
  if (!date) return undatedMatch(a, candidates);
  let best: { id: string; score: number } | undefined;
  for (const c of candidates) {
    const o = overlap(a, c);
    const shared = o.tracks + o.entities + (o.place ? 1 : 0);
    if (shared === 0 || placesConflict(a, c)) continue;
    let score = o.tracks * 0.5 + o.entities + (o.place ? 1 : 0);
    const lag = daysBetween(c.date, date.date);
    const published = date.evidence === "published" || c.dateEvidence === "published";
    if (Math.abs(lag) > (published ? PUBLISHED_LAG_DAYS : WINDOW_DAYS)) continue;
    score += 2 - Math.abs(lag) / WINDOW_DAYS;
    if (!best || score > best.score) best = { id: c.id, score };
  }
  return best?.id;
}

/** Without a place or person in common, an undated report must share this many tracks with an event. */
const UNDATED_TRACKS = 3;

/**
 * The one event an undated report's sources agree with: an anchor (the place, a person, or three tracks) and
 * two things shared.
 */
function undatedMatch(a: ClusterInput, candidates: readonly EventCandidate[]): string | undefined {
  const fits = candidates.filter((c) => {
    const o = overlap(a, c);
    const anchored = o.place || o.entities > 0 || o.tracks >= UNDATED_TRACKS;
    return anchored && o.tracks + o.entities + (o.place ? 1 : 0) >= 2 && !placesConflict(a, c);
  });
  return fits.length === 1 ? fits[0]?.id : undefined;
}

/** The better-evidenced of two dates of an event (explicit > weekday > published); `a` on a tie. */
export function betterDate<T extends Pick<DateHit, "evidence">>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return EVIDENCE_RANK[b.evidence] > EVIDENCE_RANK[a.evidence] ? b : a;
}
