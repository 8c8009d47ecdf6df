/**
 * The human pages: the home page (tracked pairs, searchable by country name in any of our languages)
 * and the dossier page of a pair. Failures answer a localized HTML page with the status the API would
 * give, through this sub-app's own onError (Hono applies a mounted app's handler to its routes only).
 */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import { parseEventCursor } from "../dossier/build";
import { dossierEventsPage } from "../dossier/event-pages";
import { buildDossierAndTimeline } from "../dossier/timeline";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { countryName, LOCALES, type Locale } from "../i18n/locales";
import { CursorSchema, LangSchema } from "../schemas/common";
import type { Db } from "../store/db";
import { listPairs, listPairsOf } from "../store/pairs";
import { ISO_ALPHA2 } from "../lib/iso3166";
import { DossierPage } from "../pages/dossier";
import { ErrorPage } from "../pages/error";
import { type HomePair, HomePage } from "../pages/home";
import { renderPage } from "../pages/layout";
import { globalGet, pairGet } from "./cached-get";
import { pairTitle } from "../lib/links";

/** Pairs listed on the home page; beyond this, the JSON list (/v1/pairs) pages through them. */
export const HOME_PAIR_LIMIT = 500;

const HomeQuery = v.object({
  lang: LangSchema,
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(64, "At most 64 characters.")), ""),
});
const PageQuery = v.object({ lang: LangSchema, cursor: CursorSchema });
const HTML = "text/html; charset=utf-8";

/** Folds case and diacritics (é → e, Arabic harakat dropped) so "maroc" finds "Maroc" and "Marocco". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

/** Whether a pair matches a search: its key, a code, or a country name in any of our locales. */
export function pairMatches(key: string, q: string): boolean {
  if (!q) return true;
  const needle = foldForSearch(q);
  const haystack = [
    key,
    ...key.split("-").flatMap((code) => [code, ...LOCALES.map((lang) => countryName(code, lang))]),
  ];
  return haystack.some((text) => foldForSearch(text).includes(needle));
}

/**
 * The countries whose code or name in one of our locales contains the search, or null when the search could also
 * match a pair key across its dash ("kz-m"): then the first HOME_PAIR_LIMIT pairs are filtered instead.
 */
export function countriesMatching(q: string): string[] | null {
  const needle = foldForSearch(q);
  if (needle.includes("-")) return null;
  return [...ISO_ALPHA2].filter((code) =>
    [code, ...LOCALES.map((lang) => countryName(code, lang))].some((t) => foldForSearch(t).includes(needle)),
  );
}

/** The home page's pairs: all (the first HOME_PAIR_LIMIT), or those of the countries a search names. */
async function homePairs(db: Db, q: string) {
  const codes = q ? countriesMatching(q) : null;
  // Searched through the pairs_a/pairs_b indexes, not by filtering a capped list: with thousands of pairs a
  // country whose pairs sort after the limit would otherwise never be found.
  if (codes) return codes.length ? listPairsOf(db, codes, HOME_PAIR_LIMIT) : [];
  return listPairs(db, HOME_PAIR_LIMIT, null);
}

function queryLang(raw: string | undefined): Locale {
  return LOCALES.find((l) => l === raw) ?? "en";
}

export const pages = new Hono<AppEnv>();

pages.onError(async (err, c) => {
  const problem = err instanceof ProblemError ? err : undefined;
  if (!problem) console.error("unhandled error", c.req.method, new URL(c.req.url).pathname, err);
  const code = problem?.code ?? "internal";
  const status = problem?.status ?? 500;
  const html = await renderPage(<ErrorPage status={status} code={code} lang={queryLang(c.req.query("lang"))} />);
  // The problem's own headers (Retry-After of a 429, Allow of a 405) hold for the HTML page too.
  return c.body(html, status, { ...problem?.headers, "content-type": HTML, "cache-control": "no-store" });
});

globalGet(
  pages,
  {
    path: "/",
    summary: "Home page: tracked pairs, searchable by country name (en, fr, ar, it, ru)",
    tags: ["pages"],
    errorContentType: "text/html",
    query: HomeQuery,
    responses: { 200: { description: "HTML page", contentType: "text/html" } },
  },
  (c, { lang, q }) =>
    async () => {
      const rows = await homePairs(readDb(c), q);
      const shown: HomePair[] = rows
        .filter((p) => pairMatches(p.key, q))
        .map((p) => ({
          key: p.key,
          title: pairTitle(p.key, lang),
          trackCount: p.track_count,
        }));
      return c.body(await renderPage(<HomePage pairs={shown} lang={lang} q={q} />), 200, { "content-type": HTML });
    },
);

pairGet(
  pages,
  {
    path: "/pairs/:pair",
    summary: "The dossier of a pair as an HTML page",
    tags: ["pages"],
    errorContentType: "text/html",
    query: PageQuery,
    responses: {
      200: { description: "HTML page", contentType: "text/html" },
      308: { description: "Redirect to the canonical pair key" },
      400: { description: "Malformed pair, language or cursor (HTML error page)" },
      404: { description: "Pair not tracked (HTML error page)" },
    },
  },
  (c, { pair, query: { lang, cursor } }) => {
    // Decoded before the cache, so a cursor we did not issue is a 400 page, never a cached one.
    const after = parseEventCursor(cursor);
    return async () => {
      const origin = new URL(c.req.url).origin;
      const { dossier, timeline } = await buildDossierAndTimeline(readDb(c), pair, lang, origin);
      const events = await dossierEventsPage(readDb(c), dossier, lang, after);
      const page = <DossierPage dossier={dossier} timeline={timeline} events={events} lang={lang} origin={origin} />;
      return c.body(await renderPage(page), 200, { "content-type": HTML });
    };
  },
);
