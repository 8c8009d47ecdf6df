/** The admin API: ingest reports, manage feeds, run and inspect jobs, review claims. Bearer-token guarded, never cached. */
import { Hono } from "hono";
import type * as v from "valibot";
import { adminAuth } from "../http/admin-auth";
import type { AppEnv } from "../http/env";
import { noStore } from "../http/no-store";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { jsonBody as readJson } from "../http/body";
import { ingestArticle } from "../ingest/ingest";
import { reviewValueError } from "../ingest/plan/review-values";
import { loadPipeline } from "../ingest/load";
import { MANUAL_REFRESH } from "../jobs/crons";
import { dossierChanged } from "../jobs/dossier-changed";
import { runRefresh } from "../jobs/refresh";
import { parsePair } from "../lib/pair-key";
import { parseJson } from "../lib/json";
import { defineRoute } from "../openapi/registry";
import {
  ArticleBodySchema,
  ArticleResultSchema,
  ClaimIdParamsSchema,
  ClaimPatchSchema,
  ClaimSchema,
  FeedBodySchema,
  FeedIdParamsSchema,
  FeedListSchema,
  FeedSchema,
  JobRunListSchema,
} from "../schemas/admin";
import { getClaim, reviewClaim } from "../store/claims";
import { addFeed, deleteFeed, type FeedRow, listFeeds } from "../store/feeds";
import { recentRuns } from "../store/jobs";

/** Largest accepted request body (RFC 9110 413 above it). */
export const MAX_BODY_BYTES = 1024 * 1024;

export const admin = new Hono<AppEnv>();

// no-store first, so that even a refused request's answer is never cached.
admin.use("/v1/admin/*", noStore());
admin.use("/v1/admin/*", adminAuth());

const feedOut = (f: FeedRow): v.InferOutput<typeof FeedSchema> => ({
  id: f.id,
  url: f.url,
  pair: f.pair,
  outlet: f.outlet,
  nextPollAt: f.next_poll_at,
  lastPolledAt: f.last_polled_at,
  lastStatus: f.last_status,
  lastError: f.last_error,
  failures: f.failures,
});

admin.post(
  defineRoute({
    method: "post",
    path: "/v1/admin/articles",
    summary: "Ingest one report",
    tags: ["admin"],
    admin: true,
    body: ArticleBodySchema,
    responses: {
      201: { description: "A new article and what the pipeline resolved", schema: ArticleResultSchema },
      200: { description: "A duplicate of a stored article", schema: ArticleResultSchema },
      413: { description: "Body over 1 MB" },
      422: { description: "Empty or binary text" },
    },
  }),
  async (c) => {
    const body = await readJson(c.req.raw, ArticleBodySchema, MAX_BODY_BYTES);
    const input = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const outcome = await ingestArticle(c.env.DB, await loadPipeline(), input, { origin: "admin", now: new Date() });
    if (outcome.kind === "unreadable") throw new ProblemError("unprocessable-content", outcome.detail);
    // Only a feed restricted to a pair skips reports; an admin ingest is never restricted.
    if (outcome.kind === "skipped") throw new Error("an unrestricted ingest skipped a report");
    if (outcome.kind === "created") await dossierChanged(c.env, outcome.changedPairs, { warm: false });
    const r = outcome.resolution;
    return c.json(
      {
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
      },
      outcome.kind === "created" ? 201 : 200,
    );
  },
);

admin.post(
  defineRoute({
    method: "post",
    path: "/v1/admin/feeds",
    summary: "Add an RSS or Atom feed",
    tags: ["admin"],
    admin: true,
    body: FeedBodySchema,
    responses: {
      201: { description: "The new feed", schema: FeedSchema },
      200: { description: "The feed already existed", schema: FeedSchema },
    },
  }),
  async (c) => {
    const body = await readJson(c.req.raw, FeedBodySchema, MAX_BODY_BYTES);
    let pair: string | null = null;
    if (body.pair) {
      const p = parsePair(body.pair);
      if (!p.ok)
        throw new ProblemError("invalid-pair", p.reason, { errors: [{ path: "body.pair", message: p.reason }] });
      pair = p.key;
    }
    const { feed, created } = await addFeed(c.env.DB, body.url, pair, body.outlet ?? null, new Date().toISOString());
    return c.json(feedOut(feed), created ? 201 : 200);
  },
);

admin.get(
  defineRoute({
    method: "get",
    path: "/v1/admin/feeds",
    summary: "List feeds",
    tags: ["admin"],
    admin: true,
    responses: { 200: { description: "Feeds", schema: FeedListSchema } },
  }),
  async (c) => c.json({ feeds: (await listFeeds(c.env.DB)).map(feedOut) }),
);

admin.delete(
  defineRoute({
    method: "delete",
    path: "/v1/admin/feeds/:id",
    summary: "Remove a feed",
    tags: ["admin"],
    admin: true,
    params: FeedIdParamsSchema,
    responses: { 204: { description: "Removed" } },
  }),
  valid("param", FeedIdParamsSchema),
  async (c) => {
    const { id } = c.req.valid("param");
    if (!(await deleteFeed(c.env.DB, id))) throw new ProblemError("not-found", `No feed ${id}.`);
    return c.body(null, 204);
  },
);

admin.post(
  defineRoute({
    method: "post",
    path: "/v1/admin/jobs/refresh",
    summary: "Run the feed refresh now",
    tags: ["admin"],
    admin: true,
    responses: { 202: { description: "Due feeds enqueued" } },
  }),
  async (c) => {
    const now = new Date();
    const r = await runRefresh(c.env, { cron: MANUAL_REFRESH, scheduledTime: now.getTime(), now });
    return c.json({ runId: r.runId, enqueued: r.enqueued }, 202);
  },
);

admin.get(
  defineRoute({
    method: "get",
    path: "/v1/admin/jobs",
    summary: "Recent job runs",
    tags: ["admin"],
    admin: true,
    responses: { 200: { description: "Runs, newest first", schema: JobRunListSchema } },
  }),
  async (c) => {
    const runs = await recentRuns(c.env.DB, 50);
    return c.json({
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
  },
);

admin.patch(
  defineRoute({
    method: "patch",
    path: "/v1/admin/claims/:id",
    summary: "Confirm, reject or correct a claim (history kept)",
    tags: ["admin"],
    admin: true,
    params: ClaimIdParamsSchema,
    body: ClaimPatchSchema,
    responses: {
      200: { description: "The reviewed claim with its history", schema: ClaimSchema },
      404: { description: "No such claim" },
      409: { description: "The correction equals another claim" },
    },
  }),
  valid("param", ClaimIdParamsSchema),
  async (c) => {
    const { id } = c.req.valid("param");
    const body = await readJson(c.req.raw, ClaimPatchSchema, MAX_BODY_BYTES);
    const current = await getClaim(c.env.DB, id);
    if (!current) throw new ProblemError("not-found", `No claim ${id}.`);
    const invalid =
      body.value === undefined
        ? undefined
        : reviewValueError(current.claim.subject_type, current.claim.predicate, body.value);
    if (invalid)
      throw new ProblemError("validation-failed", "The corrected value does not fit the claim.", {
        errors: [{ path: "body.value", message: invalid }],
      });
    if (!(await reviewClaim(c.env.DB, current.claim, body.action, body.value, body.note, new Date().toISOString()))) {
      throw new ProblemError("conflict", "Another claim already states that value for the same subject.");
    }
    await dossierChanged(c.env, [current.claim.pair], { warm: false });
    const after = await getClaim(c.env.DB, id);
    if (!after) throw new ProblemError("not-found", `No claim ${id}.`);
    const { claim, history } = after;
    return c.json({
      id: claim.id,
      pair: claim.pair,
      subjectType: claim.subject_type,
      subjectId: claim.subject_id,
      predicate: claim.predicate,
      value: claim.value,
      origin: claim.origin,
      review: claim.review,
      confidence: claim.confidence,
      history: history.map((h) => ({
        action: h.action,
        previousValue: h.previous_value,
        newValue: h.new_value,
        note: h.note,
        at: h.at,
      })),
    });
  },
);
