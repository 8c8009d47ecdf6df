/**
 * The daily lifecycle job: a signed (or ratified) commitment whose entry-into-force date has passed becomes
 * `in_force`, with a dated history step. Idempotent: a second run finds nothing to move.
 */
import { advanceDueCommitments } from "../store/lifecycle";
import { dossierChanged } from "./dossier-changed";
import { inClaimedRun, type JobTiming } from "./job-run";

export interface LifecycleResult {
  runId: number | null;
  claimed: boolean;
  advanced: { id: string; pair: string }[];
}

/** Advances every commitment due on or before `now`'s date. */
export async function runLifecycle(env: Env, timing: JobTiming): Promise<LifecycleResult> {
  const run = await inClaimedRun(env.DB, "lifecycle", timing, async (_runId, now) => {
    const advanced = await advanceDueCommitments(env.DB, now.slice(0, 10), now);
    return { result: advanced, items: advanced.length, errors: [] };
  });
  if (!run) return { runId: null, claimed: false, advanced: [] };
  await dossierChanged(
    env,
    run.result.map((a) => a.pair),
    { warm: true },
  );
  return { runId: run.runId, claimed: true, advanced: run.result };
}
