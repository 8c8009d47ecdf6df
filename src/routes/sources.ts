/**
 * The paged sources of one event or commitment: the dossier shows the newest SOURCES_SHOWN of each with
 * `sourceCount`; these routes walk all of them, newest first, cached by the pair's version like the others.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { toSource } from "../dossier/assemble";
import { cached } from "../http/cache";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { defineRoute } from "../openapi/registry";
import { CursorSchema, limitSchema } from "../schemas/common";
import { SourcePageSchema } from "../schemas/dossier";
import { readSourcePage, type SourceSubject } from "../store/sources";
import { canonicalPair, pairNotTracked } from "./pair-param";

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
const problems = {
  400: { description: "Malformed parameter or cursor" },
  404: { description: "Pair not tracked, or no such event or commitment" },
};

export const sources = new Hono<AppEnv>();

const SUBJECTS: readonly [SourceSubject, string][] = [
  ["event", "events"],
  ["commitment", "commitments"],
];

for (const [subject, segment] of SUBJECTS) {
  sources.get(
    defineRoute({
      method: "get",
      path: `/v1/pairs/:pair/${segment}/:id/sources`,
      summary: `All sources of one ${subject}, newest first (paged)`,
      tags: ["pairs"],
      params: SubjectParams,
      query: SourcesQuery,
      responses: { 200: { description: "A page of sources", schema: SourcePageSchema }, ...problems },
    }),
    // One param validator (a second valid("param") would replace the first's output).
    canonicalPair(),
    valid("param", SubjectParams),
    valid("query", SourcesQuery),
    async (c) => {
      const pair = c.var.pair;
      const { id } = c.req.valid("param");
      const { cursor, limit } = c.req.valid("query");
      const after = cursor === undefined ? undefined : decodeCursor(SourceCursorSchema, cursor);
      return cached(c, { kind: "pair", pair }, `cursor=${cursor ?? ""}&limit=${limit}`, async (version) => {
        // cached() builds with version 0 exactly when the pair is not tracked.
        if (version === 0) pairNotTracked(pair);
        const page = await readSourcePage(
          c.env.DB,
          pair,
          subject,
          id,
          limit + 1,
          after ? { on: after.o, id: after.i } : undefined,
        );
        if (!page.found) throw new ProblemError("not-found", `${pair} has no ${subject} '${id}'.`);
        const shown = page.sources.slice(0, limit);
        const last = shown[shown.length - 1];
        return c.json({
          pair,
          subject: { type: subject, id },
          sourceCount: page.total,
          sources: shown.map(toSource),
          nextCursor:
            page.sources.length > limit && last
              ? encodeCursor({ o: last.published_on ?? "", i: last.article_id })
              : null,
        });
      });
    },
  );
}
