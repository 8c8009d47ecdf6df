/** Claims review: confirm, reject or correct a claim; every review is kept in claim_reviews. */
import type { Db } from "./db";

export interface ClaimRow {
  id: string;
  pair: string;
  subject_type: string;
  subject_id: string;
  predicate: string;
  value: string;
  origin: string;
  review: string;
  confidence: number;
}

export interface ClaimReviewRow {
  action: string;
  previous_value: string;
  new_value: string;
  note: string | null;
  at: string;
}

/** One claim with its review history. */
export async function getClaim(db: Db, id: string): Promise<{ claim: ClaimRow; history: ClaimReviewRow[] } | null> {
  const [c, h] = await db.batch([
    db
      .prepare(
        "SELECT id, pair, subject_type, subject_id, predicate, value, origin, review, confidence FROM claims WHERE id = ?1",
      )
      .bind(id),
    db
      .prepare("SELECT action, previous_value, new_value, note, at FROM claim_reviews WHERE claim_id = ?1 ORDER BY id")
      .bind(id),
  ]);
  const claim = c?.results[0] as ClaimRow | undefined;
  if (!claim) return null;
  return { claim, history: (h?.results ?? []) as unknown as ClaimReviewRow[] };
}

const REVIEW_STATE = { confirm: "confirmed", reject: "rejected", correct: "corrected" } as const;

/** The record a corrected claim also corrects, by "subjectType/predicate" (reviewed beats machine). */
const RECORD_SQL: Readonly<Record<string, string>> = {
  "commitment/status": "UPDATE commitments SET status = ?2, origin = 'reviewed', updated_at = ?3 WHERE id = ?1",
  "commitment/signed_on": "UPDATE commitments SET signed_on = ?2, origin = 'reviewed', updated_at = ?3 WHERE id = ?1",
  "commitment/effective_on":
    "UPDATE commitments SET effective_on = ?2, origin = 'reviewed', updated_at = ?3 WHERE id = ?1",
  "event/date":
    "UPDATE events SET date = ?2, date_evidence = 'explicit', origin = 'reviewed', updated_at = ?3 WHERE id = ?1",
  "position/stance": "UPDATE positions SET stance = ?2, origin = 'reviewed', updated_at = ?3 WHERE id = ?1",
  "track/status": "UPDATE tracks SET status = ?2, origin = 'reviewed', updated_at = ?3 WHERE pair = ?4 AND slug = ?1",
};

/** What a review came to: applied, refused because the claim changed since it was read, or a duplicate value. */
export type ReviewResult = "reviewed" | "stale" | "conflict";

/**
 * The claim is still as it was read: the fields its ETag digests, and as many reviews as then (reviews are
 * never deleted, so the count only grows). Its parameters are ?11..?16, after each statement's own.
 */
const UNCHANGED = `EXISTS (SELECT 1 FROM claims WHERE id = ?11 AND value = ?12 AND review = ?13 AND origin = ?14
  AND confidence = ?15) AND (SELECT count(*) FROM claim_reviews WHERE claim_id = ?11) = ?16`;

/**
 * Applies a review in one transaction (one D1 batch), only if the claim is still as it was read: the check
 * and the write are one, so of two reviews made from the same reading exactly one applies. In order: for a
 * correction, the record the claim is about (a commitment's status, an event's date...) with a dated
 * lifecycle step for a commitment status; the claim itself (origin becomes 'reviewed', which beats
 * machine), whose changed-row count says whether the review applied; the history row, written only then.
 * A correction that collides with an existing claim of the same value is refused by the UNIQUE constraint.
 */
export async function reviewClaim(
  db: Db,
  read: { claim: ClaimRow; reviews: number },
  action: "confirm" | "reject" | "correct",
  value: string | undefined,
  note: string | undefined,
  now: string,
): Promise<ReviewResult> {
  const { claim } = read;
  const id = claim.id;
  const unchanged = [id, claim.value, claim.review, claim.origin, claim.confidence, read.reviews];
  // D1 refuses unused bindings: each statement binds ?1..?n for itself, then pads up to ?11 for the guard.
  const guarded = (sql: string, binds: unknown[]) =>
    db.prepare(sql).bind(...binds, ...Array.from({ length: 10 - binds.length }, () => null), ...unchanged);
  const record: D1PreparedStatement[] = [];
  const key = `${claim.subject_type}/${claim.predicate}`;
  const sql = RECORD_SQL[key];
  if (action === "correct" && value !== undefined && sql) {
    // Only the track statement needs the pair (a track's key is pair + slug).
    const binds = key === "track/status" ? [claim.subject_id, value, now, claim.pair] : [claim.subject_id, value, now];
    record.push(guarded(`${sql} AND ${UNCHANGED}`, binds));
    if (key === "commitment/status") {
      record.push(
        guarded(
          `INSERT INTO commitment_status_history (commitment_id, status, on_date, article_id, actor, recorded_at)
           SELECT ?1, ?2, ?3, NULL, 'reviewed', ?4 WHERE ${UNCHANGED}
           ON CONFLICT (commitment_id, status) DO UPDATE SET actor = 'reviewed', recorded_at = excluded.recorded_at`,
          [claim.subject_id, value, now.slice(0, 10), now],
        ),
      );
    }
  }
  try {
    const results = await db.batch([
      ...record,
      guarded(
        `UPDATE claims SET review = ?2, value = coalesce(?3, value), origin = 'reviewed',
           confidence = CASE WHEN ?2 = 'rejected' THEN 0 ELSE 1 END, updated_at = ?4 WHERE id = ?1 AND ${UNCHANGED}`,
        [id, REVIEW_STATE[action], value ?? null, now],
      ),
      // changes(): the rows the claim UPDATE just above changed (trigger writes are not counted).
      db
        .prepare(
          `INSERT INTO claim_reviews (claim_id, action, previous_value, new_value, note, at)
           SELECT ?1, ?2, ?3, coalesce(?4, ?3), ?5, ?6 WHERE changes() = 1`,
        )
        .bind(id, action, claim.value, value ?? null, note ?? null, now),
    ]);
    // D1 counts the rows its triggers write too (the change log): any change means the review applied.
    return (results[record.length]?.meta.changes ?? 0) > 0 ? "reviewed" : "stale";
  } catch (err) {
    if (String(err).includes("UNIQUE")) return "conflict";
    throw err;
  }
}
