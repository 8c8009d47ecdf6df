/** Archived reports, read back by admins only: the text is the outlet's, so it is never on a public route. */
import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { defineAdminRoute } from "../openapi/registry";
import { readArchivedArticle } from "../store/archive";

export const adminArticles = new Hono<AppEnv>();

const ArticleIdParamsSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^ar_[a-z0-9_]{1,60}$/, "Expected an article id like ar_0123456789abcdef.")),
});

/** One archived report, as admins read it back. */
export const ArchivedArticleSchema = v.object({
  article: v.object({
    id: v.string(),
    text: v.string(),
    html: v.nullable(v.string()),
    meta: v.record(v.string(), v.unknown()),
    pipelineVersion: v.string(),
    archivedAt: v.string(),
  }),
});

const getArticle = defineAdminRoute({
  method: "get",
  path: "/v1/admin/articles/:id",
  summary: "One archived report: its cleaned text, original HTML (when given) and input metadata",
  params: ArticleIdParamsSchema,
  responses: {
    200: { description: "The archived report", schema: ArchivedArticleSchema },
    404: { description: "No archived report with this id (seeded articles have none)" },
  },
});

adminArticles.get(getArticle.path, valid("param", ArticleIdParamsSchema), async (c) => {
  const { id } = c.req.valid("param");
  const archived = await readArchivedArticle(c.env, id);
  if (!archived) throw new ProblemError("not-found", `No archived article ${id}.`);
  const { text, html, meta, pipelineVersion, archivedAt } = archived;
  return getArticle.json(c, 200, { article: { id, text, html, meta, pipelineVersion, archivedAt } });
});
