/** Pairs: listing. (Versions: store/versions.ts.) */
import type { Db } from "./db";
import type { PairRow } from "./rows";

export interface PairListRow extends PairRow {
  track_count: number;
}

/** One page of pairs after `afterKey` (keyset pagination on the key). */
export async function listPairs(db: Db, limit: number, afterKey: string | null): Promise<PairListRow[]> {
  const { results } = await db
    .prepare(
      `SELECT p.key, p.version, p.created_at, p.updated_at,
         (SELECT count(*) FROM tracks t WHERE t.pair = p.key) AS track_count
       FROM pairs p WHERE (?2 IS NULL OR p.key > ?2) ORDER BY p.key LIMIT ?1`,
    )
    .bind(limit, afterKey)
    .all<PairListRow>();
  return results;
}

/** Every tracked pair key (for the countries index; pairs are few compared with articles). */
export async function allPairKeys(db: Db): Promise<string[]> {
  const { results } = await db.prepare("SELECT key FROM pairs ORDER BY key").all<{ key: string }>();
  return results.map((r) => r.key);
}

/**
 * Up to `limit` pairs with one of `codes` as either country, by key (indexes pairs_a and pairs_b): what the home
 * page's search needs, however many pairs are tracked.
 */
export async function listPairsOf(db: Db, codes: readonly string[], limit: number): Promise<PairListRow[]> {
  const { results } = await db
    .prepare(
      `SELECT p.key, p.version, p.created_at, p.updated_at,
         (SELECT count(*) FROM tracks t WHERE t.pair = p.key) AS track_count
       FROM pairs p WHERE p.a IN (SELECT value FROM json_each(?1)) OR p.b IN (SELECT value FROM json_each(?1))
       ORDER BY p.key LIMIT ?2`,
    )
    .bind(JSON.stringify(codes), limit)
    .all<PairListRow>();
  return results;
}
