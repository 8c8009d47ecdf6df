/**
 * Bulk reads for the downloadable formats: every claim of a pair with its sources (CSV, NDJSON) and
 * every dated milestone (iCalendar). One statement each; sources are folded into a JSON array by SQLite.
 */
import type { Db } from "./db";
import { LIVE_EVENT } from "./live-events";

/** Claims exported per request: a bound, so a pathological pair cannot exhaust the isolate. */
export const EXPORT_CLAIM_LIMIT = 10_000;
/** Events put in a calendar, newest first. */
export const CALENDAR_EVENT_LIMIT = 1_000;

export interface ClaimExportRow {
  id: string;
  subject_type: string;
  subject_id: string;
  predicate: string;
  value: string;
  origin: "seed" | "machine" | "reviewed";
  review: "unreviewed" | "confirmed" | "rejected" | "corrected";
  confidence: number;
  /** JSON array of {articleId, outlet, language, url, publishedOn, quote, root} (root: the original of a copy). */
  sources: string;
  /** For a commitment's claim: the commitment's legal form and current status (for corroboration). */
  legal_form: string | null;
  instruments: number | null;
  commitment_status: string | null;
}

/** Every claim of a pair (rejected ones included, with their review; retracted ones not) and its sources. */
export async function claimsWithSources(db: Db, pair: string): Promise<ClaimExportRow[]> {
  const { results } = await db
    .prepare(
      `SELECT c.id, c.subject_type, c.subject_id, c.predicate, c.value, c.origin, c.review, c.confidence,
         (SELECT json_group_array(json_object('articleId', a.id, 'outlet', a.outlet, 'language', cs.language, 'url', a.url,
                   'publishedOn', a.published_on, 'quote', cs.quote,
                   'root', coalesce((SELECT o.syndicated_of FROM articles o WHERE o.id = a.syndicated_of), a.syndicated_of, a.id)))
            FROM (SELECT * FROM claim_sources WHERE claim_id = c.id AND retracted_at IS NULL ORDER BY article_id) cs
            JOIN articles a ON a.id = cs.article_id) AS sources,
         m.legal_form, m.instruments, m.status AS commitment_status
       FROM claims c LEFT JOIN commitments m ON c.subject_type = 'commitment' AND m.id = c.subject_id
       WHERE c.pair = ?1 AND c.retracted_at IS NULL
       ORDER BY c.subject_type, c.subject_id, c.predicate, c.id
       LIMIT ?2`,
    )
    .bind(pair, EXPORT_CLAIM_LIMIT)
    .all<ClaimExportRow>();
  return results;
}

export interface MilestoneEventRow {
  id: string;
  date: string;
  end_date: string | null;
  kind: string;
  place: string | null;
  titles: string;
  origin: "seed" | "machine" | "reviewed";
  updated_at: string;
  /** JSON array of the track slugs the event touched. */
  tracks: string;
}

export interface MilestoneCommitmentRow {
  id: string;
  track: string;
  titles: string;
  signed_on: string | null;
  effective_on: string | null;
  origin: "seed" | "machine" | "reviewed";
  updated_at: string;
}

/** The dated milestones of a pair: its latest events and the commitments with a signature or entry-into-force date. */
export async function readMilestones(
  db: Db,
  pair: string,
): Promise<{ events: MilestoneEventRow[]; commitments: MilestoneCommitmentRow[] }> {
  const [events, commitments] = await db.batch([
    db
      .prepare(
        `SELECT e.id, e.date, e.end_date, e.kind, e.place, e.titles, e.origin, e.updated_at,
           (SELECT json_group_array(track) FROM event_tracks WHERE event_id = e.id) AS tracks
         FROM events e WHERE e.pair = ?1 AND ${LIVE_EVENT} ORDER BY e.date DESC, e.id DESC LIMIT ?2`,
      )
      .bind(pair, CALENDAR_EVENT_LIMIT),
    db
      .prepare(
        `SELECT id, track, titles, signed_on, effective_on, origin, updated_at FROM commitments
         WHERE pair = ?1 AND (signed_on IS NOT NULL OR effective_on IS NOT NULL) ORDER BY id`,
      )
      .bind(pair),
  ]);
  return {
    events: (events?.results ?? []) as unknown as MilestoneEventRow[],
    commitments: (commitments?.results ?? []) as unknown as MilestoneCommitmentRow[],
  };
}
