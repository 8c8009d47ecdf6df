/** Re-analysis jobs (tables reanalysis_jobs, reanalysis_job_pairs): the job row, its articles, its progress. */
import type { Db } from "./db";

/** What a job covers: one pair or all, and a range of ingestion days (inclusive). */
export interface ReanalysisScope {
  pair: string | null;
  since: string | null;
  until: string | null;
}

export interface ReanalysisJobRow {
  id: number;
  pair: string | null;
  since: string | null;
  until: string | null;
  dry_run: number;
  pipeline_version: string;
  total: number;
  done: number;
  failed: number;
  errors: string;
  created_at: string;
  finished_at: string | null;
}

/** Per pair: the claims a job added, retracted and moved (or, in a dry run, would have). */
export interface PairDiff {
  added: number;
  retracted: number;
  moved: number;
}

/** Errors kept per job: enough to diagnose, bounded so a failing run cannot grow a row without limit. */
const MAX_ERRORS = 50;

/** Creates a job with its total (the number of articles it will send to the queue) and returns its id. */
export async function createReanalysisJob(
  db: Db,
  scope: ReanalysisScope,
  dryRun: boolean,
  pipelineVersion: string,
  total: number,
  now: string,
): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO reanalysis_jobs (pair, since, until, dry_run, pipeline_version, total, created_at, finished_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?6 = 0 THEN ?7 END) RETURNING id`,
    )
    .bind(scope.pair, scope.since, scope.until, dryRun ? 1 : 0, pipelineVersion, total, now)
    .first<{ id: number }>();
  if (!row) throw new Error("reanalysis job insert returned no id");
  return row.id;
}

// Keyset on (fetched_at, id): every page costs the same however deep. Seeded articles have no archive.
const BY_PAIR_SQL = `
SELECT a.id, a.fetched_at FROM article_pairs ap JOIN articles a ON a.id = ap.article_id
WHERE ap.pair = ?1 AND a.origin != 'seed' AND (?2 IS NULL OR a.fetched_at >= ?2) AND (?3 IS NULL OR a.fetched_at <= ?3)
  AND (a.fetched_at, a.id) > (?4, ?5)
ORDER BY a.fetched_at, a.id LIMIT ?6`;

const ALL_SQL = `
SELECT a.id, a.fetched_at FROM articles a
WHERE a.origin != 'seed' AND (?2 IS NULL OR a.fetched_at >= ?2) AND (?3 IS NULL OR a.fetched_at <= ?3)
  AND (a.fetched_at, a.id) > (?4, ?5) AND ?1 IS NULL
ORDER BY a.fetched_at, a.id LIMIT ?6`;

/** The ids of the archived articles in a scope, oldest ingested first, read in pages of `page`. */
export async function listScopeArticles(db: Db, scope: ReanalysisScope, page = 1000): Promise<string[]> {
  const ids: string[] = [];
  // until is a day: every instant of it sorts before `<day>T~` ('~' follows every digit and ':').
  const until = scope.until ? `${scope.until}T~` : null;
  let after = { at: "", id: "" };
  for (;;) {
    const { results } = await db
      .prepare(scope.pair ? BY_PAIR_SQL : ALL_SQL)
      .bind(scope.pair, scope.since, until, after.at, after.id, page)
      .all<{ id: string; fetched_at: string }>();
    for (const r of results) ids.push(r.id);
    const last = results.at(-1);
    if (!last || results.length < page) return ids;
    after = { at: last.fetched_at, id: last.id };
  }
}

/**
 * Records one batch's progress in one transaction: its per-pair counts added to the job's, its done and failed
 * articles, its errors (the first MAX_ERRORS), and the finish time when this batch completes the job.
 */
export async function recordReanalysisBatch(
  db: Db,
  jobId: number,
  progress: { done: number; failed: number; errors: { source: string; message: string }[] },
  diffs: Map<string, PairDiff>,
  now: string,
): Promise<void> {
  const statements = [...diffs].map(([pair, d]) =>
    db
      .prepare(
        `INSERT INTO reanalysis_job_pairs (job_id, pair, added, retracted, moved) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT DO UPDATE SET added = added + excluded.added, retracted = retracted + excluded.retracted,
           moved = moved + excluded.moved`,
      )
      .bind(jobId, pair, d.added, d.retracted, d.moved),
  );
  statements.push(
    db
      .prepare(
        `UPDATE reanalysis_jobs SET done = done + ?2, failed = failed + ?3,
           errors = (SELECT json_group_array(json(value)) FROM (
             SELECT value FROM json_each(errors) UNION ALL SELECT value FROM json_each(?4) LIMIT ${MAX_ERRORS})),
           finished_at = CASE WHEN done + ?2 + failed + ?3 >= total THEN coalesce(finished_at, ?5) END
         WHERE id = ?1`,
      )
      .bind(jobId, progress.done, progress.failed, JSON.stringify(progress.errors), now),
  );
  await db.batch(statements);
}

/** A job and its per-pair report, or null when there is no such job. */
export async function readReanalysisJob(
  db: Db,
  id: number,
): Promise<{ job: ReanalysisJobRow; pairs: ({ pair: string } & PairDiff)[] } | null> {
  const [job, pairs] = await db.batch([
    db.prepare("SELECT * FROM reanalysis_jobs WHERE id = ?1").bind(id),
    db
      .prepare("SELECT pair, added, retracted, moved FROM reanalysis_job_pairs WHERE job_id = ?1 ORDER BY pair")
      .bind(id),
  ]);
  const row = job?.results[0] as ReanalysisJobRow | undefined;
  if (!row) return null;
  return { job: row, pairs: (pairs?.results ?? []) as unknown as ({ pair: string } & PairDiff)[] };
}
