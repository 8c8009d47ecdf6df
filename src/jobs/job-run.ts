/**
 * The run record every scheduled job keeps: one run per (cron, scheduled time), claimed before any work so
 * overlapping or retried invocations do none twice, then closed with the items handled and the errors met.
 */
import { claimRun, finishRun } from "../store/jobs";

/** When a job runs: the cron that fired (or the manual trigger), the time it was scheduled for, and now. */
export interface JobTiming {
  cron: string;
  scheduledTime: number;
  now: Date;
}

/** What a job's work reports: its result, and for the run record the items handled and the errors met. */
export interface JobWork<T> {
  result: T;
  items: number;
  errors: { source: string; message: string }[];
}

/**
 * Runs `work` under a claimed run of `job`; undefined when another invocation already claimed this (cron,
 * scheduled time). `work` receives the run's id and `now` as an ISO timestamp.
 */
export async function inClaimedRun<T>(
  db: D1Database,
  job: string,
  timing: JobTiming,
  work: (runId: number, now: string) => Promise<JobWork<T>>,
): Promise<{ runId: number; result: T } | undefined> {
  const now = timing.now.toISOString();
  const runId = await claimRun(db, job, timing.cron, new Date(timing.scheduledTime).toISOString(), now);
  if (runId === null) return undefined;
  const { result, items, errors } = await work(runId, now);
  await finishRun(db, runId, new Date().toISOString(), items, errors);
  return { runId, result };
}
