/** Dead letters of the ingest queue (table `dead_letters`): stored by the DLQ consumer, listed and replayed by admins. */
import type { Db } from "./db";

export interface DeadLetterRow {
  id: number;
  message_id: string;
  body: string;
  attempts: number;
  received_at: string;
  replayed_at: string | null;
}

const COLUMNS = "id, message_id, body, attempts, received_at, replayed_at";

/** Stores dead letters (a message seen twice is stored once). */
export async function recordDeadLetters(
  db: Db,
  letters: { messageId: string; body: string; attempts: number }[],
  now: string,
): Promise<void> {
  if (letters.length === 0) return;
  const stmt = db.prepare(
    "INSERT INTO dead_letters (message_id, body, attempts, received_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (message_id) DO NOTHING",
  );
  await db.batch(letters.map((l) => stmt.bind(l.messageId, l.body, l.attempts, now)));
}

/** The latest dead letters, newest first. */
export async function listDeadLetters(db: Db, limit: number): Promise<DeadLetterRow[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM dead_letters ORDER BY id DESC LIMIT ?1`)
    .bind(limit)
    .all<DeadLetterRow>();
  return results;
}

/** One dead letter. */
export async function getDeadLetter(db: Db, id: number): Promise<DeadLetterRow | null> {
  return db.prepare(`SELECT ${COLUMNS} FROM dead_letters WHERE id = ?1`).bind(id).first<DeadLetterRow>();
}

/** Stamps a dead letter as replayed. */
export async function markReplayed(db: Db, id: number, now: string): Promise<void> {
  await db.prepare("UPDATE dead_letters SET replayed_at = ?2 WHERE id = ?1").bind(id, now).run();
}
