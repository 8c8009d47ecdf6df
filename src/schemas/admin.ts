/** Admin API input and output schemas. */
import * as v from "valibot";

const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(2048, "URL too long."),
  // URL.canParse first and in the same check: a string that passes v.url() can still make `new URL` throw.
  v.check((u) => URL.canParse(u), "Expected an absolute URL."),
  v.check((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "Only http and https URLs are accepted."),
);

const DateOrDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time.",
  ),
  // Date.parse rolls 2025-02-30 over to March: check the calendar date survives the round trip.
  v.check((s) => {
    const t = Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
    return (
      !Number.isNaN(t) &&
      new Date(t).toISOString().slice(0, 10) === s.slice(0, 10) &&
      !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s))
    );
  }, "Not a real date."),
);

export const ArticleBodySchema = v.pipe(
  v.strictObject({
    text: v.optional(v.pipe(v.string(), v.minLength(1, "Text is empty."))),
    html: v.optional(v.pipe(v.string(), v.minLength(1, "HTML is empty."))),
    url: v.optional(HttpUrl),
    title: v.optional(v.pipe(v.string(), v.maxLength(500))),
    outlet: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
    language: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Expected a BCP 47 language tag.")),
    ),
    publishedAt: v.optional(DateOrDateTime),
  }),
  v.check((b) => (b.text === undefined) !== (b.html === undefined), "Give exactly one of 'text' or 'html'."),
);
export type ArticleBody = v.InferOutput<typeof ArticleBodySchema>;

/** What the pipeline resolved a report to: the records it joined or created. Stored with the article. */
export const ResolutionSchema = v.object({
  id: v.string(),
  language: v.string(),
  pairs: v.array(v.string()),
  events: v.array(v.object({ id: v.string(), pair: v.string(), date: v.string() })),
  sectors: v.array(v.string()),
  tracks: v.array(v.string()),
  commitments: v.array(v.string()),
  syndicatedOf: v.nullable(v.string()),
});
export type Resolution = v.InferOutput<typeof ResolutionSchema>;

export const ArticleResultSchema = v.object({
  article: v.object({ ...ResolutionSchema.entries, duplicate: v.boolean() }),
});

export const FeedBodySchema = v.strictObject({
  url: HttpUrl,
  pair: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}-[A-Za-z]{2}$/, "Expected a pair like KZ-MA."))),
  outlet: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
});

export const FeedSchema = v.object({
  id: v.number(),
  url: v.string(),
  pair: v.nullable(v.string()),
  outlet: v.nullable(v.string()),
  nextPollAt: v.string(),
  lastPolledAt: v.nullable(v.string()),
  lastStatus: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
  failures: v.number(),
});
export const FeedListSchema = v.object({ feeds: v.array(FeedSchema) });

export const FeedIdParamsSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,12}$/, "Expected a feed id."), v.transform(Number)),
});

export const JobRunSchema = v.object({
  id: v.number(),
  job: v.string(),
  cron: v.string(),
  scheduledTime: v.string(),
  startedAt: v.string(),
  finishedAt: v.nullable(v.string()),
  status: v.string(),
  items: v.number(),
  errors: v.array(v.object({ source: v.string(), message: v.string() })),
});
export const JobRunListSchema = v.object({ runs: v.array(JobRunSchema) });

/** A manual refresh: its run (null when this scheduled time was already claimed) and the feeds enqueued. */
export const RefreshRunSchema = v.object({ runId: v.nullable(v.number()), enqueued: v.number() });

export const ClaimPatchSchema = v.pipe(
  v.strictObject({
    action: v.picklist(["confirm", "reject", "correct"], "Expected one of: confirm, reject, correct."),
    value: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    note: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  }),
  v.check(
    (b) => (b.action === "correct") === (b.value !== undefined),
    "'value' is required for 'correct' and only for it.",
  ),
);
export const ClaimIdParamsSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^cl_[A-Za-z0-9_]{1,100}$/, "Expected a claim id.")),
});

export const ClaimSchema = v.object({
  id: v.string(),
  pair: v.string(),
  subjectType: v.string(),
  subjectId: v.string(),
  predicate: v.string(),
  value: v.string(),
  origin: v.string(),
  review: v.string(),
  confidence: v.number(),
  history: v.array(
    v.object({
      action: v.string(),
      previousValue: v.string(),
      newValue: v.string(),
      note: v.nullable(v.string()),
      at: v.string(),
    }),
  ),
});
