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

/**
 * Applies a review in one transaction: the history row, the claim (origin becomes 'reviewed', which beats
 * machine) and, for a correction, the record the claim is about (a commitment's status, an event's date...),
 * with a dated lifecycle step for a commitment status. A correction that collides with an existing claim of
 * the same value is refused by the UNIQUE constraint and reported as false.
 */
export async function reviewClaim(
  db: Db,
  claim: ClaimRow,
  action: "confirm" | "reject" | "correct",
  value: string | undefined,
  note: string | undefined,
  now: string,
): Promise<boolean> {
  const id = claim.id;
  const record: D1PreparedStatement[] = [];
  const key = `${claim.subject_type}/${claim.predicate}`;
  const sql = RECORD_SQL[key];
  if (action === "correct" && value !== undefined && sql) {
    // D1 refuses unused bindings: only the track statement needs the pair (a track's key is pair + slug).
    const binds = key === "track/status" ? [claim.subject_id, value, now, claim.pair] : [claim.subject_id, value, now];
    record.push(db.prepare(sql).bind(...binds));
    if (key === "commitment/status") {
      record.push(
        db
          .prepare(
            `INSERT INTO commitment_status_history (commitment_id, status, on_date, article_id, actor, recorded_at)
           VALUES (?1, ?2, ?3, NULL, 'reviewed', ?4)
           ON CONFLICT (commitment_id, status) DO UPDATE SET actor = 'reviewed', recorded_at = excluded.recorded_at`,
          )
          .bind(claim.subject_id, value, now.slice(0, 10), now),
      );
    }
  }
  try {
    await db.batch([
      db
        .prepare(
          "INSERT INTO claim_reviews (claim_id, action, previous_value, new_value, note, at) SELECT id, ?2, value, coalesce(?3, value), ?4, ?5 FROM claims WHERE id = ?1",
        )
        .bind(id, action, value ?? null, note ?? null, now),
      db
        .prepare(
          "UPDATE claims SET review = ?2, value = coalesce(?3, value), origin = 'reviewed', confidence = CASE WHEN ?2 = 'rejected' THEN 0 ELSE 1 END, updated_at = ?4 WHERE id = ?1",
        )
        .bind(id, REVIEW_STATE[action], value ?? null, now),
      ...record,
    ]);
    return true;
  } catch (err) {
    if (String(err).includes("UNIQUE")) return false;
    throw err;
  }
}
