/**
 * Edge caching for every public GET (JSON, HTML, feeds, widgets): one module owns keys and policy.
 *
 * Keys carry a version: a pair's `version` (bumped by every change, see schema.sql) or the global one
 * for cross-pair lists. A change moves the version, so the next request misses and refills: no purge
 * API is needed. Versions are memoized per isolate for at most VERSION_MEMO_MS (version-memo.ts), so a
 * change shows within a second everywhere and at once in the isolate that wrote it.
 * Hot representations are also kept in a small per-isolate LRU (memory-cache.ts) under the same keys.
 * `Authorization` plays no part in public caching (admin routes are never cached). The Cache API is per data centre, has no
 * stale-while-revalidate, and is inert on *.workers.dev (see docs/caching.md).
 */
import type { Context } from "hono";
import { httpDate, notModified } from "./conditional";
import type { AppEnv } from "./env";
import { entryResponse, memoryGet, memoryPut, toEntry } from "./memory-cache";
import { clientKey, enforceRate } from "./rate-limit";
import type { VersionRow } from "../store/versions";
import { readDb } from "./db-session";
import { type CacheScope, readScopeVersion, scopeVersion } from "./version-memo";

export type { CacheScope } from "./version-memo";
export { invalidateVersionMemo, VERSION_MEMO_MS } from "./version-memo";

/** Browser and CDN lifetimes. Short browser max-age: ETag revalidation is cheap. */
export const CACHE_POLICY = { maxAge: 60, sMaxAge: 86_400 } as const;

/** The RFC 9211 cache name in `Cache-Status`. */
const CACHE_NAME = "bilateral";

/** The strong ETag of a representation: scope, version and variant (lang, format, ...). */
export function etagFor(scope: CacheScope, version: number, variant: string): string {
  const id = scope.kind === "pair" ? scope.pair : "all";
  return `"${id}.v${version}.${variant.replace(/[^A-Za-z0-9_.=&~-]/g, "_")}"`;
}

/** The Cache API key of a representation: `<origin>/__cache/v<version><path>?<variant>` (docs/caching.md). */
export function cacheKey(url: URL, version: number, variant: string): Request {
  return new Request(`${url.origin}/__cache/v${version}${url.pathname}?${variant}`);
}

function cacheControl(): string {
  return `public, max-age=${CACHE_POLICY.maxAge}, s-maxage=${CACHE_POLICY.sMaxAge}`;
}

/**
 * `Cache-Control: no-cache` skips the cache lookup (the response is rebuilt and stored again) only when
 * the worker is reached on loopback (wrangler dev, the benchmark). In production the host is our domain,
 * so the public cannot force a D1 read per request.
 */
function bypassRequested(c: Context<AppEnv>, url: URL): boolean {
  const loopback = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
  return loopback && /\bno-cache\b/i.test(c.req.header("cache-control") ?? "");
}

/**
 * Serves a GET (or HEAD) through the edge cache. `variant` names everything besides the path that changes
 * the body (e.g. "lang=fr"): it is part of the key and the ETag. `build` renders the response on a miss
 * (it may throw a ProblemError); only 200 responses are stored. `build` receives version 0 exactly when a
 * pair scope names an untracked pair (a tracked pair's version is >= 1: inserting it logs a change).
 */
export async function cached(
  c: Context<AppEnv>,
  scope: CacheScope,
  variant: string,
  build: (version: number) => Promise<Response>,
): Promise<Response> {
  const db = readDb(c);
  const state = await scopeVersion(db, scope);
  if (state === undefined) return build(0);
  const { version } = state;

  // `Authorization` is ignored: public representations are the same for everyone, and a header anyone can
  // add must not force a rebuild from D1 per request. RFC 9111 §3.5 lets a shared cache reuse a response to
  // an authorized request when it is marked `public` or `s-maxage`, as every response stored here is.
  const validators = validatorsFor(scope, state, variant);
  const etag = validators.etag ?? "";
  const lastModified = validators["last-modified"];
  if (
    notModified(
      { ifNoneMatch: c.req.header("if-none-match"), ifModifiedSince: c.req.header("if-modified-since") },
      etag,
      lastModified,
    )
  ) {
    return new Response(null, {
      status: 304,
      // RFC 9110 §15.4.5: a 304 carries the Vary the 200 would have; every cached body is compressible.
      headers: { ...validators, vary: "Accept-Encoding", "cache-status": `${CACHE_NAME}; hit; detail=not-modified` },
    });
  }

  const url = new URL(c.req.url);
  const key = cacheKey(url, version, variant);
  const bypass = bypassRequested(c, url);
  if (!bypass) {
    const mem = memoryGet(key.url);
    if (mem) return withStatus(entryResponse(mem), "hit; detail=memory");
    const hit = await caches.default.match(key);
    if (hit) {
      const entry = await toEntry(hit);
      memoryPut(key.url, entry);
      return withStatus(entryResponse(entry), "hit");
    }
  }
  const fwd = bypass ? "fwd=request" : "fwd=miss";
  // Only misses read D1 beyond the version, so only they count against the client's public allowance.
  await enforceRate(c.env.PUBLIC_RATE_LIMIT, "uncached read", clientKey(c.req.raw));
  // The memoized version may come from a fresher replica than this request's session reads. The body is keyed by
  // the version read in the same session just before it: a session never goes back in time, so the body is at
  // least that version (a write landing meanwhile makes it newer, never older), and a lagging replica's older body
  // is never cached under a newer version's key. One round trip, not a second read after the build.
  const at = await readScopeVersion(db, scope);
  if (at === undefined) return withStatus(await build(0), `${fwd}; detail=lagging`);
  const built = await build(at.version);
  if (built.status !== 200) return withStatus(new Response(built.body, built), fwd);
  const res = new Response(built.body, built);
  const readAt = at.version === version ? validators : validatorsFor(scope, at, variant);
  for (const [name, value] of Object.entries(readAt)) res.headers.set(name, value);
  const entry = await toEntry(res);
  const readKey = at.version === version ? key : cacheKey(url, at.version, variant);
  memoryPut(readKey.url, entry);
  c.executionCtx.waitUntil(caches.default.put(readKey, entryResponse(entry)));
  return withStatus(entryResponse(entry), `${fwd}; stored`);
}

/** The validators of a representation at a version. */
function validatorsFor(scope: CacheScope, state: VersionRow, variant: string): Record<string, string> {
  const validators: Record<string, string> = {
    etag: etagFor(scope, state.version, variant),
    "cache-control": cacheControl(),
  };
  const lastModified = httpDate(state.updated_at);
  if (lastModified) validators["last-modified"] = lastModified;
  return validators;
}

function withStatus(res: Response, status: string): Response {
  res.headers.set("cache-status", `${CACHE_NAME}; ${status}`);
  return res;
}
