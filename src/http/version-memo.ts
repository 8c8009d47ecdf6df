/**
 * Per-isolate memo of cache versions. Reading a version from D1 before every cache hit costs more than
 * the hit itself (measured under wrangler dev: a hit falls from ~0.75–1.0× to ~0.35–0.6× a trivial route),
 * so a version read is reused for at most VERSION_MEMO_MS. The isolate that writes drops its memo at once
 * (`invalidateVersionMemo`, called only by `dossierChanged`); other isolates see the change within VERSION_MEMO_MS.
 * The promise is therefore "fresh within a second".
 */
import type { Db } from "../store/db";
import type { VersionRow } from "../store/versions";
import { readGlobalVersion, readPairVersion } from "../store/versions";
import { now } from "./clock";

/** What a response depends on: one pair's dossier, or everything (lists, home page). */
export type CacheScope = { kind: "pair"; pair: string } | { kind: "global" };

/** The longest a memoized version is trusted, in milliseconds. */
export const VERSION_MEMO_MS = 1000;

interface Memo {
  row: VersionRow;
  at: number;
}

const memo = new Map<string, Memo>();
const GLOBAL = "global";

function memoKey(scope: CacheScope): string {
  return scope.kind === "pair" ? `pair:${scope.pair}` : GLOBAL;
}

/** The version of a scope read now through `db` (no memo). Undefined for an untracked pair. */
export function readScopeVersion(db: Db, scope: CacheScope): Promise<VersionRow | undefined> {
  return scope.kind === "pair" ? readPairVersion(db, scope.pair) : readGlobalVersion(db);
}

/** The version of a scope: from the memo when younger than the bound, else from D1. Undefined for an untracked pair. */
export async function scopeVersion(db: Db, scope: CacheScope): Promise<VersionRow | undefined> {
  const key = memoKey(scope);
  const t = now();
  const hit = memo.get(key);
  if (hit && t - hit.at < VERSION_MEMO_MS && t >= hit.at) return hit.row;
  const row = await readScopeVersion(db, scope);
  // Untracked pairs are not memoized: tracking one must show at once.
  if (row) memo.set(key, { row, at: t });
  else memo.delete(key);
  return row;
}

/** Forgets the memoized versions of a pair (or of every pair when none is given) and the global one. */
export function invalidateVersionMemo(pair?: string): void {
  if (pair === undefined) memo.clear();
  else {
    memo.delete(`pair:${pair}`);
    memo.delete(GLOBAL);
  }
}
