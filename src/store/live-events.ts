/**
 * Which events readers see. An event stands on its claims: it is shown while one claim that it happened in its
 * pair is live (not retracted by a re-analysis, not rejected by a reviewer), or when it never had a claim (an
 * event written by the seed or an editor). An event whose every claim was withdrawn stays in the table, so a
 * later report of the same happening revives it under the same id, but no reader surface lists it.
 */

/** A SQL condition on the events row aliased `e` (a constant fragment: no value of a request goes in). */
export const LIVE_EVENT = `(EXISTS (SELECT 1 FROM claims lc
    WHERE lc.pair = e.pair AND lc.subject_type = 'event' AND lc.subject_id = e.id
      AND lc.retracted_at IS NULL AND lc.review != 'rejected')
  OR NOT EXISTS (SELECT 1 FROM claims lc WHERE lc.pair = e.pair AND lc.subject_type = 'event' AND lc.subject_id = e.id))`;
