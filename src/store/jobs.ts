/** Job runs: the lease of a scheduled run and its record. */
import type { Db } from "./db";

export interface JobRunRow {
  id: number;
  job: string;
  cron: string;
  scheduled_time: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  items: number;
  errors: string;
}

/**
 * Claims a run: inserts (cron, scheduled_time) or returns null when another invocation already has it
 * (the UNIQUE constraint is the lease, so overlapping or retried invocations do no double work).
 */
export async function claimRun(
  db: Db,
  job: string,
  cron: string,
  scheduledTime: string,
  now: string,
): Promise<number | null> {
  const row = await db
    .prepare(
      `INSERT INTO job_runs (job, cron, scheduled_time, started_at, status) VALUES (?1, ?2, ?3, ?4, 'running')
       ON CONFLICT (cron, scheduled_time) DO NOTHING RETURNING id`,
    )
    .bind(job, cron, scheduledTime, now)
    .first<{ id: number }>();
  return row?.id ?? null;
}

/** Closes a run with its item count and errors. */
export async function finishRun(
  db: Db,
  id: number,
  now: string,
  items: number,
  errors: { source: string; message: string }[],
): Promise<void> {
  await db
    .prepare(
      `UPDATE job_runs SET finished_at = ?2, items = items + ?3,
         errors = json(?4), status = CASE WHEN json_array_length(?4) = 0 THEN 'ok' ELSE 'partial' END
       WHERE id = ?1`,
    )
    .bind(id, now, items, JSON.stringify(errors))
    .run();
}

/** Adds the outcome of one fanned-out piece of work (a feed polled by the queue consumer) to its run. */
export async function addToRun(
  db: Db,
  id: number,
  items: number,
  error: { source: string; message: string } | null,
): Promise<void> {
  await db
    .prepare(
      `UPDATE job_runs SET items = items + ?2,
         errors = CASE WHEN ?3 IS NULL THEN errors ELSE json_insert(errors, '$[#]', json(?3)) END,
         status = CASE WHEN ?3 IS NULL THEN status ELSE 'partial' END
       WHERE id = ?1`,
    )
    .bind(id, items, error ? JSON.stringify(error) : null)
    .run();
}

/** The most recent runs. */
export async function recentRuns(db: Db, limit: number): Promise<JobRunRow[]> {
  return (
    await db.prepare("SELECT * FROM job_runs ORDER BY started_at DESC, id DESC LIMIT ?1").bind(limit).all<JobRunRow>()
  ).results;
}
