/** Public read API of pairs: list, dossier, track, events, commitments. */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import { buildDossier, parseEventCursor } from "../dossier/build";
import { buildCommitmentList, buildEventPage, buildTrackDetail } from "../dossier/pair-views";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { countryName } from "../i18n/locales";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { CursorSchema, LangQuerySchema, LangSchema, limitSchema } from "../schemas/common";
import { CommitmentListSchema, DossierSchema, EventPageSchema, TrackDetailSchema } from "../schemas/dossier";
import { PairListSchema } from "../schemas/lists";
import { COMMITMENT_STATUSES } from "../schemas/vocabulary";
import { listPairs } from "../store/pairs";
import { globalGet, pairGet } from "./cached-get";
import { dossierApiUrl } from "../lib/links";

const TrackParams = v.object({
  pair: v.string(),
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a track slug (lower case, digits and '-').")),
});
const PairListQuery = v.object({ cursor: CursorSchema, limit: limitSchema(100, 50) });
const EventsQuery = v.object({ lang: LangSchema, cursor: CursorSchema, limit: limitSchema(100, 50) });
const CommitmentsQuery = v.object({
  lang: LangSchema,
  status: v.optional(v.picklist(COMMITMENT_STATUSES, `Expected one of: ${COMMITMENT_STATUSES.join(", ")}.`)),
  track: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a track slug."))),
});
const PairCursorSchema = v.object({ k: v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z]{2}$/)) });

export const pairs = new Hono<AppEnv>();

globalGet(
  pairs,
  {
    path: "/v1/pairs",
    summary: "List tracked pairs",
    tags: ["pairs"],
    query: PairListQuery,
    responses: { 200: { description: "A page of pairs", schema: PairListSchema } },
  },
  (c, { cursor, limit }, route) => {
    const after = cursor ? decodeCursor(PairCursorSchema, cursor).k : null;
    return async () => {
      const rows = await listPairs(readDb(c), limit + 1, after);
      const origin = new URL(c.req.url).origin;
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return route.json(c, 200, {
        pairs: page.map((p) => ({
          pair: p.key,
          countries: p.key.split("-").map((code) => ({ code, name: countryName(code, "en") })),
          version: p.version,
          updatedAt: p.updated_at,
          trackCount: p.track_count,
          links: { dossier: dossierApiUrl(origin, p.key) },
        })),
        nextCursor: rows.length > limit && last ? encodeCursor({ k: last.key }) : null,
      });
    };
  },
);

pairGet(
  pairs,
  {
    path: "/v1/pairs/:pair",
    summary: "The dossier of a pair",
    tags: ["pairs"],
    query: LangQuerySchema,
    responses: {
      200: { description: "The dossier", schema: DossierSchema },
      308: { description: "Redirect to the canonical pair key" },
    },
  },
  (c, { pair, query }, route) =>
    async () =>
      route.json(c, 200, await buildDossier(readDb(c), pair, query.lang, new URL(c.req.url).origin)),
);

pairGet(
  pairs,
  {
    path: "/v1/pairs/:pair/tracks/:slug",
    summary: "One track of a pair",
    tags: ["pairs"],
    params: TrackParams,
    query: LangQuerySchema,
    responses: { 200: { description: "The track with its commitments and latest events", schema: TrackDetailSchema } },
  },
  (c, { pair, query, params }, route) =>
    async () => {
      const detail = await buildTrackDetail(readDb(c), pair, params.slug, query.lang);
      if (!detail) throw new ProblemError("not-found", `${pair} has no track '${params.slug}'.`);
      return route.json(c, 200, detail);
    },
);

pairGet(
  pairs,
  {
    path: "/v1/pairs/:pair/events",
    summary: "A pair's events, newest first (paged)",
    tags: ["pairs"],
    query: EventsQuery,
    responses: { 200: { description: "A page of events", schema: EventPageSchema } },
  },
  (c, { pair, query }, route) => {
    const after = parseEventCursor(query.cursor);
    const page = { lang: query.lang, after, limit: query.limit };
    return async () => route.json(c, 200, await buildEventPage(readDb(c), pair, page));
  },
);

pairGet(
  pairs,
  {
    path: "/v1/pairs/:pair/commitments",
    summary: "A pair's commitments with their lifecycle",
    tags: ["pairs"],
    query: CommitmentsQuery,
    responses: { 200: { description: "Commitments", schema: CommitmentListSchema } },
  },
  (c, { pair, query }, route) =>
    async () =>
      route.json(c, 200, await buildCommitmentList(readDb(c), pair, query)),
);
