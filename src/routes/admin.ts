/** The admin API: ingest reports, manage feeds, run and inspect jobs, review claims. Bearer-token guarded, never cached. */
import { adminDb, adminSession } from "../http/db-session";
import { Hono } from "hono";
import type * as v from "valibot";
import { adminAuth } from "../http/admin-auth";
import type { AppEnv } from "../http/env";
import { noStore } from "../http/no-store";
import { adminRateLimit } from "../http/rate-limit";
import { checkOutboundUrl, localFetchAllowed, normalizeFeedUrl } from "../net/url-policy";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { jsonBody as readJson } from "../http/body";
import { ingestArticle } from "../ingest/ingest";
import { loadPipeline } from "../ingest/load";
import { MANUAL_REFRESH } from "../jobs/crons";
import { dossierChanged } from "../jobs/dossier-changed";
import { runRefresh } from "../jobs/refresh";
import { parsePair } from "../lib/pair-key";
import { cleanText } from "../lib/text-safety";
import { parseJson } from "../lib/json";
import { defineAdminRoute } from "../openapi/registry";
import {
  ArticleBodySchema,
  ArticleResultSchema,
  FeedBodySchema,
  FeedIdParamsSchema,
  FeedListSchema,
  FeedSchema,
  JobRunListSchema,
  RefreshRunSchema,
} from "../schemas/admin";
import { addFeed, deleteFeed, type FeedRow, listFeeds } from "../store/feeds";
import { recentRuns } from "../store/jobs";
import { ArchiveWriteError } from "../store/archive";
import { adminArticles } from "./admin-articles";
import { adminClaims } from "./admin-claims";
import { adminDeadLetters } from "./admin-dead-letters";
import { adminJobs } from "./admin-jobs";

/** Largest accepted request body (RFC 9110 413 above it). */
export const MAX_BODY_BYTES = 1024 * 1024;

export const admin = new Hono<AppEnv>();

// no-store first, so that even a refused request's answer is never cached.
admin.use("/v1/admin/*", noStore());
// Counted before authentication, so wrong-token guesses use up the client's allowance too.
admin.use("/v1/admin/*", adminRateLimit());
admin.use("/v1/admin/*", adminAuth());
// After authentication: only an admin gets a session (and a bookmark back).
admin.use("/v1/admin/*", adminSession());

const feedOut = (f: FeedRow): v.InferOutput<typeof FeedSchema> => ({
  id: f.id,
  url: f.url,
  pair: f.pair,
  outlet: f.outlet,
  country: f.country,
  nextPollAt: f.next_poll_at,
  lastPolledAt: f.last_polled_at,
  lastStatus: f.last_status,
  lastError: f.last_error,
  failures: f.failures,
  fetchArticles: f.fetch_articles === 1,
});

const postArticle = defineAdminRoute({
  method: "post",
  path: "/v1/admin/articles",
  summary: "Ingest one report",
  body: ArticleBodySchema,
  responses: {
    201: { description: "A new article and what the pipeline resolved", schema: ArticleResultSchema },
    200: { description: "A duplicate of a stored article", schema: ArticleResultSchema },
    413: { description: "Body over 1 MB" },
    422: { description: "Empty or binary text" },
  },
});

admin.post(postArticle.path, async (c) => {
  const body = await readJson(c.req.raw, ArticleBodySchema, MAX_BODY_BYTES);
  // Title and outlet are stored as given, so they are cleaned here (controls, bidi overrides); the body's
  // text is the pipeline's to judge: it refuses control characters there as binary input (422).
  const input = Object.fromEntries(
    Object.entries(body)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [
        key,
        (key === "title" || key === "outlet") && typeof value === "string" ? cleanText(value) : value,
      ]),
  );
  const outcome = await ingestArticle(adminDb(c), await loadPipeline(), input, {
    origin: "admin",
    now: new Date(),
    archive: c.env.ARCHIVE,
  }).catch((err: unknown) => {
    // Nothing was written (the archive goes first): the client may post the same report again.
    if (err instanceof ArchiveWriteError)
      throw new ProblemError("storage-unavailable", "The report could not be archived; nothing was stored. Retry.", {
        headers: { "retry-after": "30" },
      });
    throw err;
  });
  if (outcome.kind === "unreadable") throw new ProblemError("unprocessable-content", outcome.detail);
  // Only a feed restricted to a pair skips reports; an admin ingest is never restricted.
  if (outcome.kind === "skipped") throw new Error("an unrestricted ingest skipped a report");
  if (outcome.kind === "created") await dossierChanged(c.env, outcome.changedPairs, { warm: false });
  const r = outcome.resolution;
  return postArticle.json(c, outcome.kind === "created" ? 201 : 200, {
    article: {
      id: r.id,
      language: r.language,
      pairs: r.pairs,
      events: r.events,
      sectors: r.sectors,
      tracks: r.tracks,
      commitments: r.commitments,
      syndicatedOf: r.syndicatedOf,
      duplicate: outcome.kind === "duplicate",
    },
  });
});

const postFeed = defineAdminRoute({
  method: "post",
  path: "/v1/admin/feeds",
  summary: "Add an RSS or Atom feed",
  body: FeedBodySchema,
  responses: {
    201: { description: "The new feed", schema: FeedSchema },
    200: { description: "The feed already existed", schema: FeedSchema },
  },
});

admin.post(postFeed.path, async (c) => {
  const body = await readJson(c.req.raw, FeedBodySchema, MAX_BODY_BYTES);
  let pair: string | null = null;
  if (body.pair) {
    const p = parsePair(body.pair);
    if (!p.ok) throw new ProblemError("invalid-pair", p.reason, { errors: [{ path: "body.pair", message: p.reason }] });
    pair = p.key;
  }
  // Checked here, not in the schema: whether local addresses are allowed depends on where the Worker runs.
  const verdict = checkOutboundUrl(body.url, localFetchAllowed(c.env, c.req.url));
  if (!verdict.ok)
    throw new ProblemError("validation-failed", verdict.message, {
      errors: [{ path: "body.url", message: verdict.message }],
    });
  const url = normalizeFeedUrl(verdict.url);
  const { feed, created } = await addFeed(
    adminDb(c),
    url,
    pair,
    body.outlet ? cleanText(body.outlet) : null,
    new Date().toISOString(),
    body.country ?? null,
    body.fetchArticles ?? true,
  );
  return postFeed.json(c, created ? 201 : 200, feedOut(feed));
});

const listFeedsRoute = defineAdminRoute({
  method: "get",
  path: "/v1/admin/feeds",
  summary: "List feeds",
  responses: { 200: { description: "Feeds", schema: FeedListSchema } },
});

admin.get(listFeedsRoute.path, async (c) =>
  listFeedsRoute.json(c, 200, { feeds: (await listFeeds(adminDb(c))).map(feedOut) }),
);

const deleteFeedRoute = defineAdminRoute({
  method: "delete",
  path: "/v1/admin/feeds/:id",
  summary: "Remove a feed",
  params: FeedIdParamsSchema,
  responses: { 204: { description: "Removed" } },
});

admin.delete(deleteFeedRoute.path, valid("param", FeedIdParamsSchema), async (c) => {
  const { id } = c.req.valid("param");
  if (!(await deleteFeed(adminDb(c), id))) throw new ProblemError("not-found", `No feed ${id}.`);
  return c.body(null, 204);
});

const runRefreshRoute = defineAdminRoute({
  method: "post",
  path: "/v1/admin/jobs/refresh",
  summary: "Run the feed refresh now",
  responses: { 202: { description: "Due feeds enqueued", schema: RefreshRunSchema } },
});

admin.post(runRefreshRoute.path, async (c) => {
  const now = new Date();
  const r = await runRefresh(c.env, { cron: MANUAL_REFRESH, scheduledTime: now.getTime(), now });
  return runRefreshRoute.json(c, 202, { runId: r.runId, enqueued: r.enqueued });
});

const listJobs = defineAdminRoute({
  method: "get",
  path: "/v1/admin/jobs",
  summary: "Recent job runs",
  responses: { 200: { description: "Runs, newest first", schema: JobRunListSchema } },
});

admin.get(listJobs.path, async (c) => {
  const runs = await recentRuns(adminDb(c), 50);
  return listJobs.json(c, 200, {
    runs: runs.map((r) => ({
      id: r.id,
      job: r.job,
      cron: r.cron,
      scheduledTime: r.scheduled_time,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status,
      items: r.items,
      errors: parseJson<{ source: string; message: string }[]>(r.errors, []),
    })),
  });
});

// Claim reviews (GET with its ETag, PATCH with If-Match) live in admin-claims.ts, under the same guards.
admin.route("/", adminArticles);
admin.route("/", adminClaims);
admin.route("/", adminDeadLetters);
admin.route("/", adminJobs);
