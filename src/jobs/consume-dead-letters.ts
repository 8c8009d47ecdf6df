/**
 * The dead-letter queue's consumer: a message the ingest queue gave up on (after `max_retries`) is stored
 * in `dead_letters`, where an admin lists and replays it (routes/admin-dead-letters.ts). Nothing is lost.
 */
import { recordDeadLetters } from "../store/dead-letters";

/** Largest body kept (a valid ingest message is a few dozen bytes; anything larger is cut, not dropped). */
const MAX_BODY_CHARS = 16 * 1024;

/** Stores every dead letter of a batch, then acknowledges them; a D1 failure retries the batch. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const letters = batch.messages.map((m) => {
    let body: string;
    try {
      body = JSON.stringify(m.body) ?? "null";
    } catch {
      body = JSON.stringify(String(m.body));
    }
    return { messageId: m.id, body: body.slice(0, MAX_BODY_CHARS), attempts: m.attempts };
  });
  await recordDeadLetters(env.DB, letters, new Date().toISOString());
  batch.ackAll();
}
