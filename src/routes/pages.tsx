/**
 * The human pages: the home page (tracked pairs, searchable by country name in any of our languages)
 * and the dossier page of a pair. Failures answer a localized HTML page with the status the API would
 * give, through this sub-app's own onError (Hono applies a mounted app's handler to its routes only).
 */
import { Hono } from "hono";
import * as v from "valibot";
import { parseEventCursor } from "../dossier/build";
import { dossierEventsPage } from "../dossier/event-pages";
import { buildDossierAndTimeline } from "../dossier/timeline";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { countryName, LOCALES, type Locale } from "../i18n/locales";
import { CursorSchema, LangSchema } from "../schemas/common";
import { listPairs } from "../store/pairs";
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
      const rows = await listPairs(c.env.DB, HOME_PAIR_LIMIT, null);
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
      const { dossier, timeline } = await buildDossierAndTimeline(c.env.DB, pair, lang, origin);
      const events = await dossierEventsPage(c.env.DB, dossier, lang, after);
      const page = <DossierPage dossier={dossier} timeline={timeline} events={events} lang={lang} origin={origin} />;
      return c.body(await renderPage(page), 200, { "content-type": HTML });
    };
  },
);
