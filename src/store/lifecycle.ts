/** Lifecycle writes: moving due commitments into force (one batch, one transaction). */
import type { Db } from "./db";

/** Moves signed/ratified commitments whose effective date is on or before `today` to in_force. */
export async function advanceDueCommitments(
  db: Db,
  today: string,
  now: string,
): Promise<{ id: string; pair: string }[]> {
  const due = await db
    .prepare(
      "SELECT id, pair, effective_on FROM commitments WHERE effective_on <= ?1 AND status IN ('signed', 'ratified') ORDER BY effective_on",
    )
    .bind(today)
    .all<{ id: string; pair: string; effective_on: string }>();
  if (due.results.length === 0) return [];
  const stmts = due.results.flatMap((c) => [
    db
      .prepare(
        "UPDATE commitments SET status = 'in_force', updated_at = ?2 WHERE id = ?1 AND status IN ('signed', 'ratified')",
      )
      .bind(c.id, now),
    db
      .prepare(
        `INSERT INTO commitment_status_history (commitment_id, status, on_date, article_id, actor, recorded_at)
       VALUES (?1, 'in_force', ?2, NULL, 'lifecycle-job', ?3) ON CONFLICT DO NOTHING`,
      )
      .bind(c.id, c.effective_on, now),
  ]);
  await db.batch(stmts);
  return due.results.map(({ id, pair }) => ({ id, pair }));
}
