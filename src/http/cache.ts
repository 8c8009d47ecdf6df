/**
 * Edge caching for every public GET (JSON, HTML, feeds, widgets): one module owns keys and policy.
 *
 * Keys carry a version: a pair's `version` (bumped by every change, see schema.sql) or the global one
 * for cross-pair lists. A change moves the version, so the next request misses and refills: no purge
 * API is needed and a response is never served after its change commits (beyond the version memo bound).
 * Requests with `Authorization` are never cached. The Cache API is per data centre, has no
 * stale-while-revalidate, and is inert on *.workers.dev (see docs/caching.md).
 */
import type { Context } from "hono";
import type { AppEnv } from "./env";

/** What a response depends on: one pair's dossier, or everything (lists, home page). */
export type CacheScope = { kind: "pair"; pair: string } | { kind: "global" };

/** Browser and CDN lifetimes. Short browser max-age: ETag revalidation is cheap. */
export const CACHE_POLICY = { maxAge: 60, sMaxAge: 86_400 } as const;

/** Reads the version of a scope. Returns undefined for an untracked pair. */
export async function scopeVersion(db: D1Database, scope: CacheScope): Promise<number | undefined> {
  if (scope.kind === "global") {
    const row = await db.prepare("SELECT value FROM meta WHERE key = 'global_version'").first<{ value: string }>();
    return Number(row?.value ?? 0);
  }
  const row = await db.prepare("SELECT version FROM pairs WHERE key = ?1").bind(scope.pair).first<{ version: number }>();
  return row?.version;
}

/** The strong ETag of a representation: scope, version and variant (lang, format, ...). */
export function etagFor(scope: CacheScope, version: number, variant: string): string {
  const id = scope.kind === "pair" ? scope.pair : "all";
  return `"${id}.v${version}.${variant.replace(/[^A-Za-z0-9_.=-]/g, "_")}"`;
}

function etagMatches(etag: string, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/**
 * Serves a GET through the edge cache. `variant` names everything besides the path that changes the
 * body (e.g. "lang=fr"). `build` renders the response on a miss (it may throw a ProblemError).
 */
export async function cached(
  c: Context<AppEnv>,
  scope: CacheScope,
  variant: string,
  build: (version: number) => Promise<Response>,
): Promise<Response> {
  const version = await scopeVersion(c.env.DB, scope);
  if (version === undefined) return build(0);
  const etag = etagFor(scope, version, variant);
  const url = new URL(c.req.url);
  if (etagMatches(etag, c.req.header("if-none-match"))) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": cacheControl(), "cache-status": "bilateral; hit; detail=revalidated" } });
  }
  const cacheable = !c.req.header("authorization");
  const key = new Request(`${url.origin}/__cache/v${version}${url.pathname}?${variant}`);
  const cache = caches.default;
  if (cacheable) {
    const hit = await cache.match(key);
    if (hit) {
      const res = new Response(hit.body, hit);
      res.headers.set("cache-status", "bilateral; hit");
      return res;
    }
  }
  const built = await build(version);
  const res = new Response(built.body, built);
  if (res.status === 200) {
    res.headers.set("etag", etag);
    res.headers.set("cache-control", cacheControl());
    if (cacheable) c.executionCtx.waitUntil(cache.put(key, res.clone()));
  }
  res.headers.set("cache-status", cacheable ? "bilateral; fwd=miss; stored" : "bilateral; fwd=bypass");
  return res;
}

function cacheControl(): string {
  return `public, max-age=${CACHE_POLICY.maxAge}, s-maxage=${CACHE_POLICY.sMaxAge}`;
}
