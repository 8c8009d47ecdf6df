/** Public read API of pairs: list, dossier, track, events, commitments. */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import { buildDossier, parseEventCursor } from "../dossier/build";
import { buildCommitmentList, buildEventPage, buildTrackDetail } from "../dossier/pair-views";
import { cached } from "../http/cache";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { cacheVariant } from "../http/variant";
import { countryName } from "../i18n/locales";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { defineRoute } from "../openapi/registry";
import { CursorSchema, LangQuerySchema, LangSchema, limitSchema, PairParamsSchema } from "../schemas/common";
import { CommitmentListSchema, DossierSchema, EventPageSchema, TrackDetailSchema } from "../schemas/dossier";
import { PairListSchema } from "../schemas/lists";
import { COMMITMENT_STATUSES } from "../schemas/vocabulary";
import { listPairs } from "../store/pairs";
import { canonicalPair, trackedPair } from "./pair-param";
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
const problems = { 400: { description: "Malformed parameter" }, 404: { description: "Pair not tracked" } };

export const pairs = new Hono<AppEnv>();

const listPairsRoute = defineRoute({
  method: "get",
  path: "/v1/pairs",
  summary: "List tracked pairs",
  tags: ["pairs"],
  query: PairListQuery,
  responses: { 200: { description: "A page of pairs", schema: PairListSchema } },
});

pairs.get(listPairsRoute.path, valid("query", PairListQuery), async (c) => {
  const { cursor, limit } = c.req.valid("query");
  const after = cursor ? decodeCursor(PairCursorSchema, cursor).k : null;
  return cached(c, { kind: "global" }, cacheVariant(c.req.valid("query")), async () => {
    const rows = await listPairs(readDb(c), limit + 1, after);
    const origin = new URL(c.req.url).origin;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return listPairsRoute.json(c, 200, {
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
  });
});

const dossierRoute = defineRoute({
  method: "get",
  path: "/v1/pairs/:pair",
  summary: "The dossier of a pair",
  tags: ["pairs"],
  params: PairParamsSchema,
  query: LangQuerySchema,
  responses: {
    200: { description: "The dossier", schema: DossierSchema },
    308: { description: "Redirect to the canonical pair key" },
    ...problems,
  },
});

pairs.get(dossierRoute.path, canonicalPair(), valid("query", LangQuerySchema), trackedPair(), async (c) => {
  const { pair } = c.var;
  const query = c.req.valid("query");
  return cached(c, { kind: "pair", pair }, cacheVariant(query), async () =>
    dossierRoute.json(c, 200, await buildDossier(readDb(c), pair, query.lang, new URL(c.req.url).origin)),
  );
});

const trackRoute = defineRoute({
  method: "get",
  path: "/v1/pairs/:pair/tracks/:slug",
  summary: "One track of a pair",
  tags: ["pairs"],
  params: TrackParams,
  query: LangQuerySchema,
  responses: {
    200: { description: "The track with its commitments and latest events", schema: TrackDetailSchema },
    ...problems,
  },
});

pairs.get(
  trackRoute.path,
  // One param validator: a second valid("param") would replace the first's output (and drop `slug`).
  canonicalPair(),
  valid("param", TrackParams),
  valid("query", LangQuerySchema),
  trackedPair(),
  async (c) => {
    const { pair } = c.var;
    const { slug } = c.req.valid("param");
    const query = c.req.valid("query");
    return cached(c, { kind: "pair", pair }, cacheVariant(query), async () => {
      const detail = await buildTrackDetail(readDb(c), pair, slug, query.lang);
      if (!detail) throw new ProblemError("not-found", `${pair} has no track '${slug}'.`);
      return trackRoute.json(c, 200, detail);
    });
  },
);

const eventsRoute = defineRoute({
  method: "get",
  path: "/v1/pairs/:pair/events",
  summary: "A pair's events, newest first (paged)",
  tags: ["pairs"],
  params: PairParamsSchema,
  query: EventsQuery,
  responses: { 200: { description: "A page of events", schema: EventPageSchema }, ...problems },
});

pairs.get(eventsRoute.path, canonicalPair(), valid("query", EventsQuery), trackedPair(), async (c) => {
  const { pair } = c.var;
  const query = c.req.valid("query");
  const after = parseEventCursor(query.cursor);
  return cached(c, { kind: "pair", pair }, cacheVariant(query), async () =>
    eventsRoute.json(c, 200, await buildEventPage(readDb(c), pair, { lang: query.lang, after, limit: query.limit })),
  );
});

const commitmentsRoute = defineRoute({
  method: "get",
  path: "/v1/pairs/:pair/commitments",
  summary: "A pair's commitments with their lifecycle",
  tags: ["pairs"],
  params: PairParamsSchema,
  query: CommitmentsQuery,
  responses: { 200: { description: "Commitments", schema: CommitmentListSchema }, ...problems },
});

pairs.get(commitmentsRoute.path, canonicalPair(), valid("query", CommitmentsQuery), trackedPair(), async (c) => {
  const { pair } = c.var;
  const query = c.req.valid("query");
  return cached(c, { kind: "pair", pair }, cacheVariant(query), async () =>
    commitmentsRoute.json(c, 200, await buildCommitmentList(readDb(c), pair, query)),
  );
});
