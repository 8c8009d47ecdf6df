/**
 * Cache warming: renders a pair's main representations and stores them, through `app.fetch` like any
 * request, so keys, ETags and headers are exactly those a visitor would get. `dossierChanged` calls it
 * for the pairs that changed (after dropping their memoized version), so the first visitor gets a hit.
 */
import { app } from "../app";
import { LOCALES } from "../i18n/locales";
import { yieldToEventLoop } from "../lib/yield";

/** One warmed representation: its path and what the cache did (`Cache-Status`). */
export interface WarmResult {
  path: string;
  status: number;
  cacheStatus: string | null;
}

/** The paths warmed for a pair: the dossier JSON in every locale, and the default embed. */
export function warmPaths(pair: string): string[] {
  return [...LOCALES.map((lang) => `/v1/pairs/${pair}?lang=${lang}`), `/embed/${pair}`];
}

/** Renders and stores a pair's main representations in this data centre's cache; resolves once stored. */
export async function warmPair(env: Env, origin: string, pair: string): Promise<WarmResult[]> {
  const results: WarmResult[] = [];
  for (const path of warmPaths(pair)) {
    // A render's D1 and cache calls stay inside the runtime and never hand the event loop back: without this
    // turn, public reads of the same isolate wait until every representation of every changed pair is rendered.
    await yieldToEventLoop();
    const pending: Promise<unknown>[] = [];
    const ctx = {
      waitUntil: (p: Promise<unknown>) => void pending.push(p),
      passThroughOnException: () => {},
      props: {},
    };
    const res = await app.fetch(new Request(`${origin}${path}`), env, ctx);
    await res.body?.cancel();
    // cache.put runs in waitUntil: wait for it so the caller knows the entry exists.
    await Promise.all(pending);
    results.push({ path, status: res.status, cacheStatus: res.headers.get("cache-status") });
  }
  return results;
}
