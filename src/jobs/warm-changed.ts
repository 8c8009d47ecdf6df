/** After a job changed pairs: drop this isolate's version memo for them and warm their cache entries. */
import { invalidateVersionMemo } from "../http/version-memo";
import { warmPair } from "../http/warm";

/**
 * Warms the public origin's cache for each changed pair. A warming failure is logged, never thrown:
 * the data is committed, and the first visitor would simply miss and refill.
 */
export async function warmChanged(env: Env, pairs: Iterable<string>): Promise<number> {
  let warmed = 0;
  for (const pair of new Set(pairs)) {
    invalidateVersionMemo(pair);
    if (!env.PUBLIC_ORIGIN) continue;
    try {
      await warmPair(env, env.PUBLIC_ORIGIN, pair);
      warmed++;
    } catch (err) {
      console.error("cache warming failed", pair, err);
    }
  }
  return warmed;
}
