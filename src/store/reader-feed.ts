/**
 * What the readers' Atom feed shows: the latest events with their sources, dated commitment steps and
 * positions, each read newest-recorded first in one batch. Every list is bounded by `limit`, so the feed
 * costs three indexed reads whatever the size of the pair.
 */
import type { Db } from "./db";
import { LIVE_EVENT } from "./live-events";

export interface FeedSourceRow {
  url: string | null;
  outlet: string;
  title: string | null;
  language: string;
}

export interface FeedEventRow {
  id: string;
  date: string;
  end_date: string | null;
  place: string | null;
  titles: string;
  created_at: string;
  updated_at: string;
  /** JSON array of FeedSourceRow, oldest publication first. */
  sources: string;
}

export interface FeedStepRow {
  commitment_id: string;
  titles: string;
  status: string;
  on_date: string;
  recorded_at: string;
}

export interface FeedPositionRow {
  id: string;
  holder: string;
  issue: string;
  stance: string;
  statements: string;
  first_stated: string;
  last_reaffirmed: string;
  created_at: string;
  updated_at: string;
}

const EVENTS_SQL = `
SELECT e.id, e.date, e.end_date, e.place, e.titles, e.created_at, e.updated_at,
  (SELECT json_group_array(json_object('url', s.url, 'outlet', s.outlet, 'title', s.title, 'language', s.language))
     FROM (SELECT DISTINCT a.id, a.url, a.outlet, a.title, a.language, a.published_on
             FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id AND cs.retracted_at IS NULL JOIN articles a ON a.id = cs.article_id
            WHERE c.pair = e.pair AND c.subject_type = 'event' AND c.subject_id = e.id AND c.review != 'rejected' AND c.retracted_at IS NULL
            ORDER BY a.published_on, a.id) s) AS sources
FROM events e WHERE e.pair = ?1 AND ${LIVE_EVENT}
ORDER BY e.created_at DESC, e.id DESC LIMIT ?2`;

const STEPS_SQL = `
SELECT h.commitment_id, m.titles, h.status, h.on_date, h.recorded_at
FROM commitment_status_history h JOIN commitments m ON m.id = h.commitment_id
WHERE m.pair = ?1 AND h.on_date IS NOT NULL
ORDER BY h.recorded_at DESC, h.commitment_id, h.status LIMIT ?2`;

const POSITIONS_SQL = `
SELECT id, holder, issue, stance, statements, first_stated, last_reaffirmed, created_at, updated_at
FROM positions WHERE pair = ?1 ORDER BY updated_at DESC, id LIMIT ?2`;

/** The newest `limit` events, commitment steps and positions of a pair, in one batch. */
export async function readFeedRows(
  db: Db,
  pair: string,
  limit: number,
): Promise<{ events: FeedEventRow[]; steps: FeedStepRow[]; positions: FeedPositionRow[] }> {
  const [events, steps, positions] = await db.batch([
    db.prepare(EVENTS_SQL).bind(pair, limit),
    db.prepare(STEPS_SQL).bind(pair, limit),
    db.prepare(POSITIONS_SQL).bind(pair, limit),
  ]);
  return {
    events: (events?.results ?? []) as unknown as FeedEventRow[],
    steps: (steps?.results ?? []) as unknown as FeedStepRow[],
    positions: (positions?.results ?? []) as unknown as FeedPositionRow[],
  };
}
