/**
 * Paging a pair's events backwards: the key that opens the page of newer events before a page, so a reader
 * can walk the dossier's events both ways with keyset cursors (each page costs the same at any depth).
 */
import type { Db } from "./db";
import { LIVE_EVENT } from "./live-events";
import type { EventCursor } from "./dossier";

// The events at or after the cursor, oldest first: the cursor's own event is the oldest of the newer page, and
// the one `?4` places later is the key before which that page starts.
const NEWER_SQL = `
SELECT e.date, e.id FROM events e
WHERE e.pair = ?1 AND (e.date, e.id) >= (?2, ?3) AND ${LIVE_EVENT}
ORDER BY e.date ASC, e.id ASC
LIMIT 1 OFFSET ?4`;

/**
 * The cursor of the page just newer than the page after `after`, `pageSize` events long: null when that page
 * is the first one (no cursor).
 */
export async function readNewerPageKey(
  db: Db,
  pair: string,
  after: EventCursor,
  pageSize: number,
): Promise<EventCursor | null> {
  const row = await db.prepare(NEWER_SQL).bind(pair, after.date, after.id, pageSize).first<EventCursor>();
  return row ? { date: row.date, id: row.id } : null;
}
