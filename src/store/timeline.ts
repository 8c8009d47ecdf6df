/**
 * The timeline of a whole relationship: every event of a pair counted per month and sector, in one
 * aggregate statement over the `events_pair_date` index, whatever the number of events (the dossier's
 * event list is paged; the picture of the relationship must not be).
 */
import type { Db } from "./db";
import { LIVE_EVENT } from "./live-events";

/** One (month, sector) cell: how many events, and the dated milestone events among them. */
export interface TimelineRow {
  /** `YYYY-MM`. */
  month: string;
  /** The sector of the event's first track in taxonomy order; '' for an event tied to no track. */
  sector: string;
  n: number;
  /** JSON array of `{date, titles}` for the signings and milestones of the cell ('[]' when none). */
  milestones: string;
}

// An event counts once, under the sector of its first track in taxonomy order (a visit touching ten tracks is
// one event). ?2: a JSON array of track slugs to keep (the embed's filter), or NULL for every event.
const TIMELINE_SQL = `
SELECT substr(e.date, 1, 7) AS month,
  coalesce((SELECT t.sector FROM event_tracks et
      JOIN tracks t ON t.pair = et.pair AND t.slug = et.track
      JOIN sectors s ON s.slug = t.sector
    WHERE et.event_id = e.id ORDER BY s.position, t.slug LIMIT 1), '') AS sector,
  count(*) AS n,
  coalesce(json_group_array(json_object('date', e.date, 'titles', json(e.titles)))
    FILTER (WHERE e.kind IN ('signing', 'milestone')), '[]') AS milestones
FROM events e
WHERE e.pair = ?1 AND ${LIVE_EVENT}
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM event_tracks f
    WHERE f.event_id = e.id AND f.track IN (SELECT value FROM json_each(?2))))
GROUP BY month, sector
ORDER BY month, sector`;

/** Counts a pair's events per month and sector (optionally only those touching `tracks`). One statement. */
export async function readTimeline(db: Db, pair: string, tracks: readonly string[] = []): Promise<TimelineRow[]> {
  const filter = tracks.length > 0 ? JSON.stringify(tracks) : null;
  const { results } = await db.prepare(TIMELINE_SQL).bind(pair, filter).all<TimelineRow>();
  return results;
}
