/** Public read API of pairs: list, dossier, track, events, commitments. */
import { Hono } from "hono";
import * as v from "valibot";
import { indexClaimed, indexSources, toCommitment, toEvent, toTrack } from "../dossier/assemble";
import { buildDossier, DOSSIER_EVENT_LIMIT, eventCursor, parseEventCursor, sectorLabels } from "../dossier/build";
import { cached } from "../http/cache";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { countryName } from "../i18n/locales";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { defineRoute } from "../openapi/registry";
import { CursorSchema, LangQuerySchema, LangSchema, limitSchema, PairParamsSchema } from "../schemas/common";
import { CommitmentListSchema, DossierSchema, EventPageSchema, TrackDetailSchema } from "../schemas/dossier";
import { PairListSchema } from "../schemas/lists";
import { COMMITMENT_STATUSES } from "../schemas/vocabulary";
import { readDossierRows, readEventPage, readTrackRows } from "../store/dossier";
import { listPairs } from "../store/pairs";
import { canonicalPair, pairNotTracked } from "./pair-param";

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

pairs.get(
  defineRoute({
    method: "get",
    path: "/v1/pairs",
    summary: "List tracked pairs",
    tags: ["pairs"],
    query: PairListQuery,
    responses: { 200: { description: "A page of pairs", schema: PairListSchema } },
  }),
  valid("query", PairListQuery),
  async (c) => {
    const { cursor, limit } = c.req.valid("query");
    const after = cursor ? decodeCursor(PairCursorSchema, cursor).k : null;
    return cached(c, { kind: "global" }, `cursor=${cursor ?? ""}&limit=${limit}`, async () => {
      const rows = await listPairs(c.env.DB, limit + 1, after);
      const origin = new URL(c.req.url).origin;
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return c.json({
        pairs: page.map((p) => ({
          pair: p.key,
          countries: p.key.split("-").map((code) => ({ code, name: countryName(code, "en") })),
          version: p.version,
          updatedAt: p.updated_at,
          trackCount: p.track_count,
          links: { dossier: `${origin}/v1/pairs/${p.key}` },
        })),
        nextCursor: rows.length > limit && last ? encodeCursor({ k: last.key }) : null,
      });
    });
  },
);

pairs.get(
  defineRoute({
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
  }),
  canonicalPair(),
  valid("query", LangQuerySchema),
  async (c) => {
    const pair = c.var.pair;
    const { lang } = c.req.valid("query");
    return cached(c, { kind: "pair", pair }, `lang=${lang}`, async () => {
      const dossier = await buildDossier(c.env.DB, pair, lang, new URL(c.req.url).origin);
      if (!dossier) pairNotTracked(pair);
      return c.json(dossier);
    });
  },
);

pairs.get(
  defineRoute({
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
  }),
  // One param validator: a second valid("param") would replace the first's output (and drop `slug`).
  canonicalPair(),
  valid("param", TrackParams),
  valid("query", LangQuerySchema),
  async (c) => {
    const pair = c.var.pair;
    const { slug } = c.req.valid("param");
    const { lang } = c.req.valid("query");
    return cached(c, { kind: "pair", pair }, `lang=${lang}`, async () => {
      const rows = await readTrackRows(c.env.DB, pair, slug, DOSSIER_EVENT_LIMIT);
      if (!rows) pairNotTracked(pair);
      const track = rows.tracks.find((t) => t.slug === slug);
      if (!track) throw new ProblemError("not-found", `${pair} has no track '${slug}'.`);
      const labels = sectorLabels(rows.sectors, lang);
      const sources = indexSources(rows.sources);
      const claimed = indexClaimed(rows.claimed);
      return c.json({
        pair,
        track: toTrack(track, lang, labels),
        commitments: rows.commitments.map((cm) => toCommitment(cm, lang, sources, claimed)),
        events: rows.events.map((e) => toEvent(e, lang, sources, claimed)),
      });
    });
  },
);

pairs.get(
  defineRoute({
    method: "get",
    path: "/v1/pairs/:pair/events",
    summary: "A pair's events, newest first (paged)",
    tags: ["pairs"],
    params: PairParamsSchema,
    query: EventsQuery,
    responses: { 200: { description: "A page of events", schema: EventPageSchema }, ...problems },
  }),
  canonicalPair(),
  valid("query", EventsQuery),
  async (c) => {
    const pair = c.var.pair;
    const { lang, cursor, limit } = c.req.valid("query");
    const after = parseEventCursor(cursor);
    return cached(c, { kind: "pair", pair }, `lang=${lang}&cursor=${cursor ?? ""}&limit=${limit}`, async (version) => {
      // cached() builds with version 0 exactly when the pair is not tracked.
      if (version === 0) pairNotTracked(pair);
      const page = await readEventPage(c.env.DB, pair, limit + 1, after);
      const sources = indexSources(page.sources);
      const claimed = indexClaimed(page.claimed);
      const shown = page.events.slice(0, limit);
      const last = shown[shown.length - 1];
      return c.json({
        pair,
        events: shown.map((e) => toEvent(e, lang, sources, claimed)),
        nextCursor: page.events.length > limit && last ? eventCursor(last) : null,
      });
    });
  },
);

pairs.get(
  defineRoute({
    method: "get",
    path: "/v1/pairs/:pair/commitments",
    summary: "A pair's commitments with their lifecycle",
    tags: ["pairs"],
    params: PairParamsSchema,
    query: CommitmentsQuery,
    responses: { 200: { description: "Commitments", schema: CommitmentListSchema }, ...problems },
  }),
  canonicalPair(),
  valid("query", CommitmentsQuery),
  async (c) => {
    const pair = c.var.pair;
    const { lang, status, track } = c.req.valid("query");
    return cached(c, { kind: "pair", pair }, `lang=${lang}&status=${status ?? ""}&track=${track ?? ""}`, async () => {
      // Events are not needed here: ask for none.
      const rows = await readDossierRows(c.env.DB, pair, 0);
      if (!rows) pairNotTracked(pair);
      const sources = indexSources(rows.sources);
      const claimed = indexClaimed(rows.claimed);
      return c.json({
        pair,
        commitments: rows.commitments
          .filter((cm) => (!status || cm.status === status) && (!track || cm.track === track))
          .map((cm) => toCommitment(cm, lang, sources, claimed)),
      });
    });
  },
);
