/** Messages on the ingest queue (validated on receipt: a queue is an input like any other). */
import * as v from "valibot";

export const IngestMessageSchema = v.variant("type", [
  v.object({ type: v.literal("poll-feed"), feedId: v.number(), runId: v.number() }),
]);
export type IngestMessage = v.InferOutput<typeof IngestMessageSchema>;

/** The ingest queue and its dead-letter queue (as named in wrangler.toml). */
export const INGEST_QUEUE = "bilateral-ingest";
export const DEAD_LETTER_QUEUE = "bilateral-ingest-dlq";
