/** Re-analysis jobs: start one (its batches go through the ingest queue) and follow its progress. */
import { adminDb } from "../http/db-session";
import type { Db } from "../store/db";
import { Hono } from "hono";
import type * as v from "valibot";
import { jsonBody } from "../http/body";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { PIPELINE_VERSION } from "../ingest/version";
import { startReanalysis } from "../jobs/reanalyze";
import { parseJson } from "../lib/json";
import { parsePair } from "../lib/pair-key";
import { defineAdminRoute } from "../openapi/registry";
import { rowIdParams } from "../schemas/common";
import { ReanalysisJobSchema, ReanalyzeBodySchema } from "../schemas/reanalysis";
import { readReanalysisJob } from "../store/reanalysis-jobs";

export const adminJobs = new Hono<AppEnv>();

/** The largest body this route reads: four short fields. */
const MAX_BODY_BYTES = 4096;

const JobParamsSchema = rowIdParams("a job");

const postReanalyze = defineAdminRoute({
  method: "post",
  path: "/v1/admin/jobs/reanalyze",
  summary: "Re-analyse archived reports with the current pipeline (or, with dryRun, report what would change)",
  body: ReanalyzeBodySchema,
  responses: {
    202: { description: "The job, its articles sent to the queue in batches", schema: ReanalysisJobSchema },
    413: { description: "Body over 4 KB" },
  },
});

const getJob = defineAdminRoute({
  method: "get",
  path: "/v1/admin/jobs/:id",
  summary: "A re-analysis job's progress and per-pair report",
  params: JobParamsSchema,
  responses: {
    200: { description: "The job", schema: ReanalysisJobSchema },
    404: { description: "No such job" },
  },
});

type JobView = v.InferOutput<typeof ReanalysisJobSchema>;

async function jobView(db: Db, id: number): Promise<JobView | null> {
  const found = await readReanalysisJob(db, id);
  if (!found) return null;
  const { job: j, pairs } = found;
  return {
    job: {
      id: j.id,
      kind: "reanalyze",
      pair: j.pair,
      since: j.since,
      until: j.until,
      dryRun: j.dry_run === 1,
      pipelineVersion: j.pipeline_version,
      status: j.finished_at ? "done" : "running",
      total: j.total,
      done: j.done,
      failed: j.failed,
      errors: parseJson<{ source: string; message: string }[]>(j.errors, []),
      createdAt: j.created_at,
      finishedAt: j.finished_at,
      report: pairs.map((p) => ({ pair: p.pair, added: p.added, retracted: p.retracted, moved: p.moved })),
    },
  };
}

adminJobs.post(postReanalyze.path, async (c) => {
  const body = await jsonBody(c.req.raw, ReanalyzeBodySchema, MAX_BODY_BYTES);
  let pair: string | null = null;
  if (body.pair !== undefined) {
    const p = parsePair(body.pair);
    if (!p.ok) throw new ProblemError("invalid-pair", p.reason, { errors: [{ path: "body.pair", message: p.reason }] });
    pair = p.key;
  }
  const scope = { pair, since: body.since ?? null, until: body.until ?? null };
  const { id } = await startReanalysis(
    { DB: adminDb(c), INGEST: c.env.INGEST },
    scope,
    body.dryRun ?? false,
    PIPELINE_VERSION,
    new Date(),
  );
  const view = await jobView(adminDb(c), id);
  if (!view) throw new Error(`re-analysis job ${id} vanished`);
  return postReanalyze.json(c, 202, view, { location: `/v1/admin/jobs/${id}` });
});

adminJobs.get(getJob.path, valid("param", JobParamsSchema), async (c) => {
  const { id } = c.req.valid("param");
  const view = await jobView(adminDb(c), id);
  if (!view) throw new ProblemError("not-found", `No job ${id}.`);
  return getJob.json(c, 200, view);
});
