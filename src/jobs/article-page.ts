/**
 * Fetching one article page politely: robots.txt first, then a conditional GET through the guarded fetcher
 * with our User-Agent. The caller holds the host's lease; this only makes the requests and reports.
 */
import { FETCH_DEFAULTS, GuardedFetchError, type GuardedFetchOptions, guardedFetch } from "../net/fetch-guarded";
import { checkRobots } from "../net/robots";
import { getArticleFetch, recordArticleFetch } from "../store/article-fetch";

/** Limits of an article fetch: shorter than a feed's (one page, one host at a time), 2 MiB of HTML. */
export const ARTICLE_FETCH_LIMITS = {
  connectTimeoutMs: 8_000,
  totalTimeoutMs: 15_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: FETCH_DEFAULTS.maxRedirects,
} as const;

export type PageResult =
  | { ok: true; html: string; finalUrl: string; crawlDelayMs: number | null }
  | { ok: false; error: string; crawlDelayMs: number | null };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Fetches an article page (robots.txt permitting) and records the attempt with its validators. */
export async function fetchArticlePage(
  db: D1Database,
  link: string,
  now: () => number,
  fetchOpts: GuardedFetchOptions,
): Promise<PageResult> {
  const url = new URL(link);
  const robots = await checkRobots(db, url, now(), fetchOpts);
  const crawlDelayMs = robots.crawlDelayMs;
  if (!robots.allowed) return { ok: false, error: "robots.txt disallows this page", crawlDelayMs };
  const previous = await getArticleFetch(db, link);
  const headers: Record<string, string> = {
    ...fetchOpts.headers,
    accept: "text/html, application/xhtml+xml;q=0.9",
  };
  if (previous?.etag) headers["if-none-match"] = previous.etag;
  if (previous?.last_modified) headers["if-modified-since"] = previous.last_modified;
  const record = (status: number | null, error: string | null, res?: { headers: Headers }) =>
    recordArticleFetch(db, link, {
      status,
      error,
      etag: res?.headers.get("etag") ?? null,
      lastModified: res?.headers.get("last-modified") ?? null,
      now: new Date(now()).toISOString(),
    });
  try {
    const res = await guardedFetch(link, { ...fetchOpts, headers });
    if (res.status === 304) {
      // Unchanged since a fetch that left no article (a stored one would have been found by its URL).
      await record(304, "not modified since a fetch that kept nothing", res);
      return { ok: false, error: "not modified since a fetch that kept nothing", crawlDelayMs };
    }
    if (res.status < 200 || res.status > 299) {
      await record(res.status, `HTTP ${res.status}`);
      return { ok: false, error: `HTTP ${res.status}`, crawlDelayMs };
    }
    const type = res.headers.get("content-type") ?? "text/html";
    if (!HTML_TYPES.test(type.trim())) {
      await record(res.status, "not an HTML page");
      return { ok: false, error: "not an HTML page", crawlDelayMs };
    }
    await record(res.status, null, res);
    return { ok: true, html: decode(res.body, type), finalUrl: res.url, crawlDelayMs };
  } catch (err) {
    const error =
      err instanceof GuardedFetchError ? `${err.reason}: ${err.message}`.slice(0, 200) : "article fetch failed";
    await record(null, error);
    return { ok: false, error, crawlDelayMs };
  }
}

/** Decodes with the declared charset (windows-1256, koi8-r... are common in our languages), else UTF-8. */
function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder().decode(body);
  }
}
