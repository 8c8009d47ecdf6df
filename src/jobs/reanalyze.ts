/**
 * The re-analysis job (docs/jobs.md, "Re-analysis"): `startReanalysis` records a job and fans its archived
 * articles out on the ingest queue in batches; `runReanalyzeBatch` is the consumer's side, one message at a
 * time. A batch never retries as a whole: each article's failure is counted against the job and the rest go
 * on, so a retried message cannot count its articles twice.
 */
import type { Pipeline } from "../ingest/ingest";
import type { Db } from "../store/db";
import type { Counts } from "../ingest/reanalyze-diff";
import {
  createReanalysisJob,
  listScopeArticles,
  type ReanalysisScope,
  recordReanalysisBatch,
} from "../store/reanalysis-jobs";
import { REANALYZE_BATCH, type ReanalyzeMessage } from "./messages";

/** Messages per sendBatch call (a Queues limit is 100 messages and 256 KB per batch). */
const SEND_CHUNK = 50;

/** Creates a job for a scope and sends its articles to the queue; resolves to the job id and its size. */
export async function startReanalysis(
  env: Pick<Env, "INGEST"> & { DB: Db },
  scope: ReanalysisScope,
  dryRun: boolean,
  pipelineVersion: string,
  now: Date,
): Promise<{ id: number; total: number }> {
  const ids = await listScopeArticles(env.DB, scope);
  // The total is known before the first message goes out, so no batch can finish the job early.
  const id = await createReanalysisJob(env.DB, scope, dryRun, pipelineVersion, ids.length, now.toISOString());
  const messages: ReanalyzeMessage[] = [];
  for (let i = 0; i < ids.length; i += REANALYZE_BATCH)
    messages.push({ type: "reanalyze", jobId: id, dryRun, articleIds: ids.slice(i, i + REANALYZE_BATCH) });
  for (let i = 0; i < messages.length; i += SEND_CHUNK)
    await env.INGEST.sendBatch(messages.slice(i, i + SEND_CHUNK).map((body) => ({ body })));
  return { id, total: ids.length };
}

/** Re-analyses one message's articles and records the batch; resolves to the pairs whose dossier changed. */
export async function runReanalyzeBatch(
  env: Pick<Env, "DB" | "ARCHIVE">,
  pipeline: Pipeline,
  msg: ReanalyzeMessage,
  now: Date,
): Promise<string[]> {
  // Loaded with the pipeline: the planner is never on the read path.
  const { reanalyzeArticle } = await import("../ingest/reanalyze");
  const diffs = new Map<string, Counts>();
  const changed = new Set<string>();
  const progress = { done: 0, failed: 0, errors: [] as { source: string; message: string }[] };
  for (const id of msg.articleIds) {
    try {
      const r = await reanalyzeArticle(env.DB, pipeline, env.ARCHIVE, id, { now, dryRun: msg.dryRun });
      if (r.kind === "failed") {
        progress.failed++;
        progress.errors.push({ source: `article:${id}`, message: r.reason });
        continue;
      }
      progress.done++;
      for (const pair of r.changedPairs) changed.add(pair);
      for (const [pair, c] of r.byPair) {
        const sum = diffs.get(pair) ?? { added: 0, retracted: 0, moved: 0 };
        diffs.set(pair, {
          added: sum.added + c.added,
          retracted: sum.retracted + c.retracted,
          moved: sum.moved + c.moved,
        });
      }
    } catch (err) {
      // Details to the log; the job keeps a generic line (no SQL or stack reaches an admin response either).
      console.error("re-analysis failed", id, err);
      progress.failed++;
      progress.errors.push({ source: `article:${id}`, message: "internal error (logged)" });
    }
  }
  await recordReanalysisBatch(env.DB, msg.jobId, progress, diffs, now.toISOString());
  return [...changed];
}
