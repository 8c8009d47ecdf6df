/** Cache versions: a pair's version and change time, or the global ones (for cross-pair lists). */
import type { Db } from "./db";

/** A scope's version and the instant of the change that set it (ISO 8601, null before any change). */
export interface VersionRow {
  version: number;
  updated_at: string | null;
}

const PAIR_VERSION_SQL = "SELECT version, updated_at FROM pairs WHERE key = ?1";

// The global version is the seq of the latest change; its time is read from that change (primary key).
const GLOBAL_VERSION_SQL = `
SELECT CAST(m.value AS INTEGER) AS version, (SELECT c.at FROM changes c WHERE c.seq = CAST(m.value AS INTEGER)) AS updated_at
FROM meta m WHERE m.key = 'global_version'`;

/** A pair's version row, or undefined when the pair is not tracked. */
export async function readPairVersion(db: Db, pair: string): Promise<VersionRow | undefined> {
  return (await db.prepare(PAIR_VERSION_SQL).bind(pair).first<VersionRow>()) ?? undefined;
}

/** The global version row (version 0 on an empty database). */
export async function readGlobalVersion(db: Db): Promise<VersionRow> {
  return (await db.prepare(GLOBAL_VERSION_SQL).first<VersionRow>()) ?? { version: 0, updated_at: null };
}
