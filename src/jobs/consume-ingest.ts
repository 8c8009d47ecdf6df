/**
 * The ingest queue's consumer: one feed per message, a few feeds at a time. Each feed is isolated: its
 * fetch has its own timeouts and byte cap, its failure is recorded against it alone, and a slow feed never
 * makes the others of its batch fail or wait past its own time limit.
 */
import * as v from "valibot";
import { loadPipeline } from "../ingest/load";
import { forEachLimited } from "../lib/pool";
import { localFetchAllowed } from "../net/url-policy";
import { addToRun } from "../store/jobs";
import { dossierChanged } from "./dossier-changed";
import { consumeDeadLetters } from "./consume-dead-letters";
import { DEAD_LETTER_QUEUE, IngestMessageSchema } from "./messages";
import { type PollOptions, pollFeed } from "./poll-feed";

/** Feeds polled at once per batch: enough to hide one slow origin, few enough for D1 and the CPU budget. */
export const FEEDS_IN_PARALLEL = 4;

/** Consumes a batch; `opts` lets tests pass a mocked origin and short limits. */
export async function consumeIngest(batch: MessageBatch<unknown>, env: Env, opts: PollOptions = {}): Promise<void> {
  const changed = new Set<string>();
  const poll: PollOptions = { allowLocal: localFetchAllowed(env), ...opts };
  await forEachLimited(batch.messages, FEEDS_IN_PARALLEL, async (msg) => {
    const parsed = v.safeParse(IngestMessageSchema, msg.body);
    if (!parsed.success) {
      console.error("dropping malformed ingest message", msg.id);
      msg.ack();
      return;
    }
    const { feedId, runId } = parsed.output;
    try {
      const outcome = await pollFeed(env, loadPipeline, feedId, new Date(), poll);
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
  });
  await dossierChanged(env, changed, { warm: true });
}

/** The `queue` handler of the Worker: the ingest queue, or its dead-letter queue. */
export async function queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
  if (batch.queue === DEAD_LETTER_QUEUE) await consumeDeadLetters(batch, env);
  else await consumeIngest(batch, env);
}
