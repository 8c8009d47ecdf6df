/**
 * The protocol of every pair-scoped route: `canonicalPair()` (400 when malformed, 308 to the canonical key),
 * the route's own validators, then `trackedPair()` (404 pair-not-tracked, from one indexed read), then the
 * handler, which can rely on the pair being tracked.
 */
import { readDb } from "../http/db-session";
import type { Db } from "../store/db";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { scopeVersion } from "../http/version-memo";
import { safeDecodeURIComponent } from "../lib/decode";
import { parsePair } from "../lib/pair-key";

/** Longest Location a canonical-pair redirect carries (well under the 8 KB header limits of proxies). */
export const MAX_LOCATION_LENGTH = 2048;

export type PairResolution = { redirect: Response } | { key: string };

/**
 * Parses the raw pair of a request. A non-canonical but valid pair ('MA-KZ', 'kz-ma') answers
 * 308 to the same URL with the canonical key (query kept); 308 keeps the method and body.
 */
export function resolvePair(c: Context, raw: string): PairResolution {
  const parsed = parsePair(raw);
  if (!parsed.ok) {
    throw new ProblemError("invalid-pair", parsed.reason, {
      errors: [{ path: "params.pair", message: parsed.reason }],
    });
  }
  if (!parsed.canonical) {
    const url = new URL(c.req.url);
    const segments = url.pathname.split("/");
    // The path is still percent-encoded ('MA%2DKZ') while `raw` is decoded: compare decoded segments.
    const index = segments.findIndex((s) => (safeDecodeURIComponent(s) ?? s) === raw);
    if (index >= 0) segments[index] = parsed.key;
    url.pathname = segments.join("/");
    const location = url.pathname + url.search;
    // Never copy an unbounded query into a header: past the bound the client gets 414, not a 20 KB Location.
    if (location.length > MAX_LOCATION_LENGTH)
      throw new ProblemError("uri-too-long", `The redirect would exceed ${MAX_LOCATION_LENGTH} characters.`);
    return {
      redirect: new Response(null, {
        status: 308,
        headers: { location, "cache-control": "public, max-age=86400" },
      }),
    };
  }
  return { key: parsed.key };
}

/**
 * Route middleware for every `/:pair` route: validates the segment (400), answers 308 to the canonical URL,
 * or sets `c.var.pair` to the canonical key for the handler.
 */
export function canonicalPair(): MiddlewareHandler<AppEnv> {
  return async function canonicalPairMiddleware(c, next) {
    const r = resolvePair(c, c.req.param("pair") ?? "");
    if ("redirect" in r) return r.redirect;
    c.set("pair", r.key);
    await next();
  };
}

/**
 * Answers pair-not-tracked (404) unless the pair is tracked. One indexed read of `pairs` by its key, the same
 * read the cache makes for the version (memoized for a tracked pair, so the cache's own read is then free).
 */
export async function requireTracked(db: Db, pair: string): Promise<void> {
  if ((await scopeVersion(db, { kind: "pair", pair })) === undefined) {
    throw new ProblemError("pair-not-tracked", `Bilateral does not track ${pair} yet.`);
  }
}

/** Route middleware after `canonicalPair()` and the route's validators: 404 for a pair we do not track. */
export function trackedPair(): MiddlewareHandler<AppEnv> {
  return async function trackedPairMiddleware(c, next) {
    await requireTracked(readDb(c), c.var.pair);
    await next();
  };
}
