/** Re-analysis job schemas: the POST body and the job as the admin API shows it. */
import * as v from "valibot";

const Day = v.pipe(v.string(), v.isoDate("Expected a date (YYYY-MM-DD)."));

/** POST /v1/admin/jobs/reanalyze: which archived reports to read again, and whether only to report. */
export const ReanalyzeBodySchema = v.pipe(
  v.strictObject({
    /** One pair (any order or case), else every pair. */
    pair: v.optional(v.pipe(v.string(), v.maxLength(5))),
    /** First and last day of ingestion (inclusive, UTC). */
    since: v.optional(Day),
    until: v.optional(Day),
    /** Report what would change (added, retracted, moved per pair) without writing. */
    dryRun: v.optional(v.boolean()),
  }),
  v.check((b) => !b.since || !b.until || b.since <= b.until, "'since' is after 'until'."),
);
export type ReanalyzeBody = v.InferOutput<typeof ReanalyzeBodySchema>;

/** Per pair, the machine claims added, retracted and moved (a dry run: would be). */
export const PairDiffSchema = v.object({
  pair: v.string(),
  added: v.number(),
  retracted: v.number(),
  moved: v.number(),
});

/** One re-analysis job and its progress. */
export const ReanalysisJobSchema = v.object({
  job: v.object({
    id: v.pipe(v.number(), v.integer()),
    kind: v.literal("reanalyze"),
    pair: v.nullable(v.string()),
    since: v.nullable(v.string()),
    until: v.nullable(v.string()),
    dryRun: v.boolean(),
    pipelineVersion: v.string(),
    status: v.picklist(["running", "done"]),
    total: v.number(),
    done: v.number(),
    failed: v.number(),
    errors: v.array(v.object({ source: v.string(), message: v.string() })),
    createdAt: v.string(),
    finishedAt: v.nullable(v.string()),
    /** Per pair: what the job changed so far (or, in a dry run, would change). */
    report: v.array(PairDiffSchema),
  }),
});
