/**
 * The change log of a pair (table `changes`), with each entity resolved to a human title in the same
 * statement: scalar subqueries on primary keys, so the cost stays one indexed read per change.
 */
import type { Db } from "./db";

export interface ChangeRow {
  seq: number;
  entity_type: string;
  entity_id: string;
  action: "added" | "updated" | "retracted";
  at: string;
  /** JSON {lang: title} of the entity when we could name it, else NULL. */
  titles: string | null;
}

// A position is named by its holder and issue, a claim by its subject and predicate, a source by its
// article's title: none of these has a titles column of its own.
const TITLES = `CASE ch.entity_type
    WHEN 'track' THEN (SELECT titles FROM tracks WHERE pair = ch.pair AND slug = ch.entity_id)
    WHEN 'commitment' THEN (SELECT titles FROM commitments WHERE id = ch.entity_id)
    WHEN 'event' THEN (SELECT titles FROM events WHERE id = ch.entity_id)
    WHEN 'position' THEN (SELECT json_object('en', holder || ': ' || issue) FROM positions WHERE id = ch.entity_id)
    WHEN 'claim' THEN (SELECT json_object('en', subject_type || ' ' || subject_id || ': ' || predicate || ' = ' || value) FROM claims WHERE id = ch.entity_id)
    WHEN 'source' THEN (SELECT json_object('en', coalesce(a.title, a.outlet)) FROM articles a
                        WHERE a.id = substr(ch.entity_id, instr(ch.entity_id, '/') + 1))
    WHEN 'pair' THEN json_object('en', ch.pair)
  END AS titles`;

/** Changes of a pair after `afterSeq`, oldest first (keyset on seq; index changes_pair). */
export async function changesAfter(db: Db, pair: string, afterSeq: number, limit: number): Promise<ChangeRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ch.seq, ch.entity_type, ch.entity_id, ch.action, ch.at, ${TITLES}
       FROM changes ch WHERE ch.pair = ?1 AND ch.seq > ?2 ORDER BY ch.seq LIMIT ?3`,
    )
    .bind(pair, afterSeq, limit)
    .all<ChangeRow>();
  return results;
}
