/**
 * The one place that reacts to a committed write: it drops this isolate's memoized versions of the changed
 * pairs (so this isolate's next read sees the new version at once; others within VERSION_MEMO_MS) and, when
 * asked, warms their cache entries. The versions themselves are bumped by schema.sql's triggers, in the write.
 */
import { invalidateVersionMemo } from "../http/version-memo";

/**
 * Call after every write that changes dossiers (admin ingest and review, the queue consumer, the lifecycle job).
 * With `warm`, renders each pair's main representations into this data centre's cache when PUBLIC_ORIGIN is
 * set; a warming failure is logged, never thrown (the data is committed; a visitor would miss and refill).
 * Resolves to the number of pairs warmed.
 */
export async function dossierChanged(env: Env, pairs: Iterable<string>, opts: { warm: boolean }): Promise<number> {
  const changed = new Set(pairs);
  for (const pair of changed) invalidateVersionMemo(pair);
  if (!opts.warm || !env.PUBLIC_ORIGIN || changed.size === 0) return 0;
  // Loaded lazily: warming renders through the app, which mounts the routes that call this function.
  const { warmPair } = await import("./warm");
  let warmed = 0;
  for (const pair of changed) {
    try {
      await warmPair(env, env.PUBLIC_ORIGIN, pair);
      warmed++;
    } catch (err) {
      console.error("cache warming failed", pair, err);
    }
  }
  return warmed;
}
