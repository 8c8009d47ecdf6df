/** Claims review: confirm, reject or correct a claim; every review is kept in claim_reviews. */

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
export async function getClaim(db: D1Database, id: string): Promise<{ claim: ClaimRow; history: ClaimReviewRow[] } | null> {
  const [c, h] = await db.batch([
    db.prepare("SELECT id, pair, subject_type, subject_id, predicate, value, origin, review, confidence FROM claims WHERE id = ?1").bind(id),
    db.prepare("SELECT action, previous_value, new_value, note, at FROM claim_reviews WHERE claim_id = ?1 ORDER BY id").bind(id),
  ]);
  const claim = c?.results[0] as ClaimRow | undefined;
  if (!claim) return null;
  return { claim, history: (h?.results ?? []) as unknown as ClaimReviewRow[] };
}

const REVIEW_STATE = { confirm: "confirmed", reject: "rejected", correct: "corrected" } as const;

/**
 * Applies a review in one transaction: the history row, then the claim (origin becomes 'reviewed',
 * which beats machine). A correction that collides with an existing claim of the same value is refused
 * by the UNIQUE constraint and reported as false.
 */
export async function reviewClaim(
  db: D1Database,
  id: string,
  action: "confirm" | "reject" | "correct",
  value: string | undefined,
  note: string | undefined,
  now: string,
): Promise<boolean> {
  try {
    await db.batch([
      db.prepare("INSERT INTO claim_reviews (claim_id, action, previous_value, new_value, note, at) SELECT id, ?2, value, coalesce(?3, value), ?4, ?5 FROM claims WHERE id = ?1")
        .bind(id, action, value ?? null, note ?? null, now),
      db.prepare("UPDATE claims SET review = ?2, value = coalesce(?3, value), origin = 'reviewed', confidence = CASE WHEN ?2 = 'rejected' THEN 0 ELSE 1 END, updated_at = ?4 WHERE id = ?1")
        .bind(id, REVIEW_STATE[action], value ?? null, now),
    ]);
    return true;
  } catch (err) {
    if (String(err).includes("UNIQUE")) return false;
    throw err;
  }
}
