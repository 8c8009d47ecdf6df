/** The `scheduled` and `queue` handlers: dispatch only, the work lives in the job modules. */
import * as v from "valibot";
import { loadPipeline } from "../ingest/load";
import { addToRun } from "../store/jobs";
import { CRONS } from "./crons";
import { dossierChanged } from "./dossier-changed";
import { runLifecycle } from "./lifecycle";
import { IngestMessageSchema } from "./messages";
import { pollFeed } from "./poll-feed";
import { runRefresh } from "./refresh";

/** Dispatches a cron trigger on `controller.cron`; an unknown schedule is an error, not a silent no-op. */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  const opts = {
    cron: controller.cron,
    scheduledTime: controller.scheduledTime,
    now: new Date(controller.scheduledTime),
  };
  switch (controller.cron) {
    case CRONS.refresh:
      await runRefresh(env, opts);
      return;
    case CRONS.lifecycle:
      await runLifecycle(env, opts);
      return;
    default:
      throw new Error(`unknown cron schedule: ${controller.cron}`);
  }
}

/** Consumes ingest messages: one feed per message; each acked after its outcome is recorded in its run. */
export async function queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
  const changed = new Set<string>();
  for (const msg of batch.messages) {
    const parsed = v.safeParse(IngestMessageSchema, msg.body);
    if (!parsed.success) {
      console.error("dropping malformed ingest message", msg.id);
      msg.ack();
      continue;
    }
    const { feedId, runId } = parsed.output;
    try {
      const outcome = await pollFeed(env.DB, loadPipeline, feedId, new Date());
      await addToRun(
        env.DB,
        runId,
        outcome.items,
        outcome.error ? { source: `feed:${feedId}`, message: outcome.error } : null,
      );
      for (const pair of outcome.pairs) changed.add(pair);
      msg.ack();
    } catch (err) {
      // Unexpected (D1 unavailable...): let the queue retry this message with backoff.
      console.error("ingest message failed", msg.id, err);
      msg.retry({ delaySeconds: 60 });
    }
  }
  await dossierChanged(env, changed, { warm: true });
}
