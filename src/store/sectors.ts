/** Sectors: the global taxonomy (reference data from seed/sector-taxonomy.json). */
import type { Db } from "./db";
import type { SectorRow } from "./rows";

export const SECTORS_SQL = "SELECT slug, position, labels FROM sectors ORDER BY position";

/** Every sector, in taxonomy order. */
export async function listSectors(db: Db): Promise<SectorRow[]> {
  const { results } = await db.prepare(SECTORS_SQL).all<SectorRow>();
  return results;
}
