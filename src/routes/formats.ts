/**
 * Outgoing formats of a pair besides its JSON dossier ("feed" names only incoming sources): the change log
 * (JSON and Atom), its calendar (iCalendar) and its claims with provenance (CSV and NDJSON). All go through the
 * versioned edge cache: a change bumps the pair's version, so none of them is ever stale.
 * Unsupported formats (export.xml, feed.rss) match no route and get the app's 404 problem: the format
 * is part of the resource's path, not negotiated with Accept, so 406 would not be the right answer.
 */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import { toChangeItem } from "../formats/changes";
import { renderCsv, renderNdjson, toExportClaims } from "../formats/claims-export";
import { readerEntries, renderReaderFeed } from "../formats/reader-feed";
import { renderCalendar } from "../formats/icalendar";
import { calendarEntries } from "../formats/milestones";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { dossierPageUrl, pairTitle } from "../lib/links";
import { CursorSchema, LangQuerySchema, LangSchema, limitSchema } from "../schemas/common";
import { ChangePageSchema } from "../schemas/changes";
import { changesAfter } from "../store/changes";
import { claimsWithSources, readMilestones } from "../store/exports";
import { readFeedRows } from "../store/reader-feed";
import { pairGet } from "./cached-get";

const ChangesQuery = v.object({ since: CursorSchema, limit: limitSchema(200, 50), lang: LangSchema });
const ChangeCursorSchema = v.object({
  p: v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z]{2}$/)),
  s: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const problems = { 400: { description: "Malformed pair or cursor" } };
/** Entries in the Atom feed (newest recorded first). */
export const ATOM_ENTRY_LIMIT = 50;

export const formats = new Hono<AppEnv>();

pairGet(
  formats,
  {
    path: "/v1/pairs/:pair/changes",
    summary: "A pair's changes after a cursor, oldest first",
    tags: ["formats"],
    query: ChangesQuery,
    responses: {
      200: { description: "A page of changes and the cursor to poll with", schema: ChangePageSchema },
      ...problems,
    },
  },
  (c, { pair, query }, route) => {
    const { since, limit, lang } = query;
    const after = since ? decodeCursor(ChangeCursorSchema, since) : { p: pair, s: 0 };
    if (after.p !== pair) {
      throw new ProblemError("bad-request", "The cursor is not one this API issued for this pair.", {
        errors: [{ path: "query.since", message: "Cursor of another pair." }],
      });
    }
    return async () => {
      const rows = await changesAfter(readDb(c), pair, after.s, limit + 1);
      const shown = rows.slice(0, limit);
      const lastSeq = shown[shown.length - 1]?.seq ?? after.s;
      return route.json(c, 200, {
        pair,
        changes: shown.map((row) => toChangeItem(row, lang)),
        nextCursor: encodeCursor({ p: pair, s: lastSeq }),
        hasMore: rows.length > limit,
      });
    };
  },
);

pairGet(
  formats,
  {
    path: "/v1/pairs/:pair/feed.atom",
    summary: "A pair's news for readers as an Atom feed (RFC 4287): new events, commitment steps, positions",
    tags: ["formats"],
    query: LangQuerySchema,
    responses: { 200: { description: "Atom feed", contentType: "application/atom+xml" }, ...problems },
  },
  (c, { pair, query: { lang } }) =>
    async () => {
      const rows = await readFeedRows(readDb(c), pair, ATOM_ENTRY_LIMIT);
      const url = new URL(c.req.url);
      const body = renderReaderFeed(readerEntries(pair, rows, lang, ATOM_ENTRY_LIMIT), {
        pair,
        lang,
        title: `Bilateral: ${pairTitle(pair, lang)}`,
        // Built from the validated query only: a parameter outside the cache variant must not reach the body.
        selfUrl: `${url.origin}${url.pathname}${lang === "en" ? "" : `?lang=${lang}`}`,
        dossierUrl: dossierPageUrl(url.origin, pair, lang),
        updated: new Date(0).toISOString(),
      });
      return c.body(body, 200, { "content-type": "application/atom+xml; charset=utf-8" });
    },
);

pairGet(
  formats,
  {
    path: "/v1/pairs/:pair/calendar.ics",
    summary: "A pair's dated milestones as iCalendar (RFC 5545)",
    tags: ["formats"],
    query: LangQuerySchema,
    responses: {
      200: { description: "iCalendar with one all-day VEVENT per milestone", contentType: "text/calendar" },
      ...problems,
    },
  },
  (c, { pair, query: { lang } }) =>
    async () => {
      const rows = await readMilestones(readDb(c), pair);
      const body = renderCalendar(
        `Bilateral: ${pairTitle(pair, lang)}`,
        calendarEntries(rows, lang, dossierPageUrl(new URL(c.req.url).origin, pair, lang)),
      );
      return c.body(body, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="bilateral-${pair}.ics"`,
      });
    },
);

const EXPORTS = {
  csv: { type: "text/csv; charset=utf-8; header=present", render: renderCsv },
  ndjson: { type: "application/x-ndjson; charset=utf-8", render: renderNdjson },
} as const;

/** `?bom=1` prefixes the CSV with a UTF-8 byte-order mark: Excel reads BOM-less CSV in the system's legacy code page. */
const CsvQuery = v.object({
  bom: v.optional(v.picklist(["0", "1"], "Expected 1 (with a UTF-8 byte-order mark) or 0."), "0"),
});
const NoQuery = v.object({});
const BOM = "\uFEFF";

for (const format of ["csv", "ndjson"] as const) {
  const query = format === "csv" ? CsvQuery : NoQuery;
  pairGet(
    formats,
    {
      path: `/v1/pairs/:pair/export.${format}`,
      summary: `Every claim of a pair with its sources (${format.toUpperCase()})`,
      tags: ["formats"],
      query,
      responses: {
        200: { description: "One row per claim", contentType: EXPORTS[format].type.split(";")[0] ?? "" },
        ...problems,
      },
    },
    (c, { pair, query: q }: { pair: string; query: { bom?: string } }) =>
      async () => {
        const claims = toExportClaims(await claimsWithSources(readDb(c), pair));
        const body = EXPORTS[format].render(claims);
        return c.body(q.bom === "1" ? `${BOM}${body}` : body, 200, {
          "content-type": EXPORTS[format].type,
          "content-disposition": `attachment; filename="bilateral-${pair}-claims.${format}"`,
        });
      },
  );
}
