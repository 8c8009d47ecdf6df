/** Resolving the `{pair}` path segment: 400 when malformed, 308 to the canonical key, 404 when untracked. */
import type { Context } from "hono";
import { ProblemError } from "../http/problem";
import { parsePair } from "../lib/pair-key";
import { pairVersion } from "../store/pairs";

export type PairResolution = { redirect: Response } | { key: string };

/**
 * Parses the raw pair of a request. A non-canonical but valid pair ('MA-KZ', 'kz-ma') answers
 * 308 to the same URL with the canonical key (query kept); 308 keeps the method and body.
 */
export function resolvePair(c: Context, raw: string): PairResolution {
  const parsed = parsePair(raw);
  if (!parsed.ok) {
    throw new ProblemError("invalid-pair", parsed.reason, { errors: [{ path: "params.pair", message: parsed.reason }] });
  }
  if (!parsed.canonical) {
    const url = new URL(c.req.url);
    const segments = url.pathname.split("/");
    // The path is still percent-encoded ('MA%2DKZ') while `raw` is decoded: compare decoded segments.
    const decoded = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const index = segments.findIndex((s) => decoded(s) === raw);
    if (index >= 0) segments[index] = parsed.key;
    url.pathname = segments.join("/");
    return {
      redirect: new Response(null, {
        status: 308,
        headers: { location: url.pathname + url.search, "cache-control": "public, max-age=86400" },
      }),
    };
  }
  return { key: parsed.key };
}

/** Throws the 404 problem of an untracked pair. */
export function pairNotTracked(key: string): never {
  throw new ProblemError("pair-not-tracked", `Bilateral does not track ${key} yet.`);
}

/** Resolves a pair and checks that it is tracked (one read). */
export async function trackedPair(c: Context<{ Bindings: Env }>, raw: string): Promise<PairResolution & { version?: number }> {
  const r = resolvePair(c, raw);
  if ("redirect" in r) return r;
  const version = await pairVersion(c.env.DB, r.key);
  if (version === undefined) pairNotTracked(r.key);
  return { key: r.key, version };
}
