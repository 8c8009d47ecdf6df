/** Messages on the ingest queue (validated on receipt: a queue is an input like any other). */
import * as v from "valibot";

/** One feed to poll. */
export const PollFeedMessageSchema = v.object({ type: v.literal("poll-feed"), feedId: v.number(), runId: v.number() });

/**
 * One article page to fetch for a feed item: everything needed to ingest the item's summary instead when the
 * page cannot be read (the summary is short by construction: only short items are sent).
 */
export const FetchArticleMessageSchema = v.object({
  type: v.literal("fetch-article"),
  feedId: v.number(),
  runId: v.number(),
  /** The feed item's key (feed_items.guid). */
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(600)),
  link: v.pipe(v.string(), v.url(), v.maxLength(2048)),
  title: v.optional(v.pipe(v.string(), v.maxLength(600))),
  summary: v.pipe(v.string(), v.maxLength(20_000)),
  publishedAt: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The one retry of a fetch that failed at an earlier poll (the summary is already stored). */
  retry: v.boolean(),
});
export type FetchArticleMessage = v.InferOutput<typeof FetchArticleMessageSchema>;

/** Articles per re-analysis message: a batch re-reads this many archived reports (CPU: ~30 ms each). */
export const REANALYZE_BATCH = 25;

/** One batch of archived articles to read again for a re-analysis job (src/jobs/reanalyze.ts). */
export const ReanalyzeMessageSchema = v.object({
  type: v.literal("reanalyze"),
  jobId: v.number(),
  dryRun: v.boolean(),
  articleIds: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^ar_[a-z0-9_]{1,60}$/))),
    v.minLength(1),
    v.maxLength(REANALYZE_BATCH),
  ),
});
export type ReanalyzeMessage = v.InferOutput<typeof ReanalyzeMessageSchema>;

export const IngestMessageSchema = v.variant("type", [
  PollFeedMessageSchema,
  FetchArticleMessageSchema,
  ReanalyzeMessageSchema,
]);
export type IngestMessage = v.InferOutput<typeof IngestMessageSchema>;

/** The ingest queue and its dead-letter queue (as named in wrangler.toml). */
export const INGEST_QUEUE = "bilateral-ingest";
export const DEAD_LETTER_QUEUE = "bilateral-ingest-dlq";
