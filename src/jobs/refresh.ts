/**
 * The refresh job (every 15 minutes, or by hand): claims its run, then fans the due feeds out to the
 * ingest queue, one message per feed, so thousands of feeds scale past one invocation's limits.
 */
import { claimDueFeeds } from "../store/feeds";
import { inClaimedRun, type JobTiming } from "./job-run";
import type { IngestMessage } from "./messages";

/** Feeds enqueued per run at most (the rest are due again next run). */
export const MAX_FEEDS_PER_RUN = 5000;
/** How long an enqueued feed is not due again if its message is never consumed (the consumer resets it sooner). */
export const FEED_LEASE_MINUTES = 10;
/** Cloudflare Queues accept at most 100 messages per sendBatch. */
const SEND_BATCH = 100;

export interface RunResult {
  runId: number | null;
  /** False when another invocation already claimed this (cron, scheduledTime). */
  claimed: boolean;
  enqueued: number;
}

/** Runs the refresh for one scheduled time. Idempotent per (cron, scheduledTime). */
export async function runRefresh(env: Env, timing: JobTiming): Promise<RunResult> {
  const run = await inClaimedRun(env.DB, "refresh", timing, async (runId, now) => {
    const leaseUntil = new Date(timing.now.getTime() + FEED_LEASE_MINUTES * 60_000).toISOString();
    const ids = await claimDueFeeds(env.DB, now, leaseUntil, MAX_FEEDS_PER_RUN);
    const errors: { source: string; message: string }[] = [];
    let enqueued = 0;
    for (let i = 0; i < ids.length; i += SEND_BATCH) {
      const chunk = ids.slice(i, i + SEND_BATCH);
      try {
        await env.INGEST.sendBatch(
          chunk.map((feedId) => ({ body: { type: "poll-feed", feedId, runId } satisfies IngestMessage })),
        );
        enqueued += chunk.length;
      } catch (err) {
        errors.push({ source: "queue", message: err instanceof Error ? err.message.slice(0, 200) : "send failed" });
      }
    }
    // Items are counted by the consumer as it polls each feed (store/jobs.ts addToRun), not here.
    return { result: enqueued, items: 0, errors };
  });
  if (!run) return { runId: null, claimed: false, enqueued: 0 };
  return { runId: run.runId, claimed: true, enqueued: run.result };
}
