/**
 * The daily lifecycle job: a signed (or ratified) commitment whose entry-into-force date has passed becomes
 * `in_force`, with a dated history step. Idempotent: a second run finds nothing to move.
 */
import { claimRun, finishRun } from "../store/jobs";
import { advanceDueCommitments } from "../store/lifecycle";
import { dossierChanged } from "./dossier-changed";

export interface LifecycleResult {
  runId: number | null;
  claimed: boolean;
  advanced: { id: string; pair: string }[];
}

/** Advances every commitment due on or before `now`'s date. */
export async function runLifecycle(
  env: Env,
  opts: { cron: string; scheduledTime: number; now: Date },
): Promise<LifecycleResult> {
  const now = opts.now.toISOString();
  const runId = await claimRun(env.DB, "lifecycle", opts.cron, new Date(opts.scheduledTime).toISOString(), now);
  if (runId === null) return { runId: null, claimed: false, advanced: [] };
  const advanced = await advanceDueCommitments(env.DB, now.slice(0, 10), now);
  await finishRun(env.DB, runId, new Date().toISOString(), advanced.length, []);
  await dossierChanged(
    env,
    advanced.map((a) => a.pair),
    { warm: true },
  );
  return { runId, claimed: true, advanced };
}
