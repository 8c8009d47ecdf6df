/**
 * The ingest queue's consumer: one feed per message, a few feeds at a time. Each feed is isolated: its
 * fetch has its own timeouts and byte cap, its failure is recorded against it alone, and a slow feed never
 * makes the others of its batch fail or wait past its own time limit.
 */
import * as v from "valibot";
import type { Pipeline } from "../ingest/ingest";
import { loadPipeline } from "../ingest/load";
import { forEachLimited } from "../lib/pool";
import { localFetchAllowed } from "../net/url-policy";
import { addToRun } from "../store/jobs";
import { dossierChanged } from "./dossier-changed";
import { consumeDeadLetters } from "./consume-dead-letters";
import { type ArticleFetchOptions, fetchArticle } from "./fetch-article";
import { DEAD_LETTER_QUEUE, type FetchArticleMessage, IngestMessageSchema } from "./messages";
import { type PollOptions, pollFeed } from "./poll-feed";
import { runReanalyzeBatch } from "./reanalyze";
import { userAgent } from "../net/user-agent";

/** Feeds polled at once per batch: enough to hide one slow origin, few enough for D1 and the CPU budget. */
export const FEEDS_IN_PARALLEL = 4;

/** Messages per sendBatch call (a Queues limit is 100 messages and 256 KB per batch). */
const SEND_CHUNK = 20;

/** What a batch may do; tests pass a mocked origin, short limits and a clock for article fetches. */
export interface ConsumeOptions extends PollOptions {
  article?: ArticleFetchOptions;
  /** The pipeline of re-analysis batches (tests pass one whose lexicon changed); the current one by default. */
  pipeline?: () => Promise<Pipeline>;
}

/** Consumes a batch; `opts` lets tests pass a mocked origin and short limits. */
export async function consumeIngest(batch: MessageBatch<unknown>, env: Env, opts: ConsumeOptions = {}): Promise<void> {
  const changed = new Set<string>();
  const ua = userAgent(env.CRAWLER_CONTACT_URL);
  const { article: articleOpts, pipeline = loadPipeline, ...pollOpts } = opts;
  const poll: PollOptions = { allowLocal: localFetchAllowed(env), userAgent: ua, ...pollOpts };
  const article: ArticleFetchOptions = {
    allowLocal: poll.allowLocal ?? false,
    userAgent: ua,
    ...(poll.fetcher ? { fetcher: poll.fetcher } : {}),
    ...articleOpts,
  };
  const enqueue = async (messages: FetchArticleMessage[]) => {
    for (let i = 0; i < messages.length; i += SEND_CHUNK)
      await env.INGEST.sendBatch(messages.slice(i, i + SEND_CHUNK).map((body) => ({ body })));
  };
  await forEachLimited(batch.messages, FEEDS_IN_PARALLEL, async (msg) => {
    const parsed = v.safeParse(IngestMessageSchema, msg.body);
    if (!parsed.success) {
      console.error("dropping malformed ingest message", msg.id);
      msg.ack();
      return;
    }
    const body = parsed.output;
    try {
      if (body.type === "reanalyze") {
        for (const pair of await runReanalyzeBatch(env, await pipeline(), body, new Date())) changed.add(pair);
        msg.ack();
        return;
      }
      const { feedId, runId } = body;
      if (body.type === "fetch-article") {
        const r = await fetchArticle(env, loadPipeline, body, article);
        if (r.kind === "wait") {
          // Sent again as a new message rather than retried: waiting for a host is not a failure and must not
          // use up max_retries (which would move the message to the dead-letter queue).
          await env.INGEST.send(body, { delaySeconds: r.delaySeconds });
        } else {
          await addToRun(env.DB, runId, r.items, null);
          for (const pair of r.pairs) changed.add(pair);
        }
        msg.ack();
        return;
      }
      const outcome = await pollFeed(env, loadPipeline, feedId, new Date(), {
        ...poll,
        articles: { enqueue, runId },
      });
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
