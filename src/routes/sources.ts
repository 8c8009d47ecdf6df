/**
 * The paged sources of one event or commitment: the dossier shows the newest SOURCES_SHOWN of each with
 * `sourceCount`; these routes walk all of them, newest first, cached by the pair's version like the others.
 */
import { readDb } from "../http/db-session";
import type { Db } from "../store/db";
import { Hono } from "hono";
import * as v from "valibot";
import { toSource } from "../dossier/assemble";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import type { ResponseBody } from "../openapi/registry";
import { CursorSchema, limitSchema } from "../schemas/common";
import { SourcePageSchema } from "../schemas/dossier";
import { readSourcePage, type SourceSubject } from "../store/sources";
import { pairGet } from "./cached-get";

const SubjectParams = v.object({
  pair: v.string(),
  id: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, "Expected an id (letters, digits, '_', '.', ':', '-')."),
  ),
});
const SourcesQuery = v.object({ cursor: CursorSchema, limit: limitSchema(100, 50) });
const SourceCursorSchema = v.object({
  o: v.union([v.literal(""), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/), v.maxLength(40))]),
  i: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});
const responses = {
  200: { description: "A page of sources", schema: SourcePageSchema },
  400: { description: "Malformed parameter or cursor" },
  404: { description: "Pair not tracked, or no such event or commitment" },
} as const;
type SourcePageBody = ResponseBody<typeof responses, 200>;

export const sources = new Hono<AppEnv>();

/** Reads and shapes one page (404 when the pair has no such subject). */
async function sourcePage(
  db: Db,
  pair: string,
  subject: SourceSubject,
  id: string,
  query: v.InferOutput<typeof SourcesQuery>,
): Promise<SourcePageBody> {
  const after = query.cursor === undefined ? undefined : decodeCursor(SourceCursorSchema, query.cursor);
  const limit = query.limit;
  const page = await readSourcePage(db, pair, subject, id, limit + 1, after ? { on: after.o, id: after.i } : undefined);
  if (!page.found) throw new ProblemError("not-found", `${pair} has no ${subject} '${id}'.`);
  const shown = page.sources.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    pair,
    subject: { type: subject, id },
    sourceCount: page.total,
    sources: shown.map(toSource),
    nextCursor:
      page.sources.length > limit && last ? encodeCursor({ o: last.published_on ?? "", i: last.article_id }) : null,
  };
}

// The same paged route for each kind of subject that carries sources in the dossier.
for (const subject of ["event", "commitment"] as const) {
  pairGet(
    sources,
    {
      path: `/v1/pairs/:pair/${subject}s/:id/sources`,
      summary: `All sources of one ${subject}, newest first (paged)`,
      tags: ["pairs"],
      params: SubjectParams,
      query: SourcesQuery,
      responses,
    },
    (c, { pair, params, query }, route) =>
      async () =>
        route.json(c, 200, await sourcePage(readDb(c), pair, subject, params.id, query)),
  );
}
