/**
 * The sources of one event or commitment, paged. The dossier shows the SOURCES_SHOWN newest of each (one
 * feed once tied 1,783 articles to one event); this is how a reader walks the rest, newest first, by a
 * keyset on (published_on or '', article id) so every page costs the same.
 */
import type { Db } from "./db";
import type { SourceRow } from "./rows";

/** Sources shown per event and per commitment in a dossier: the newest first, undated ones last. */
export const SOURCES_SHOWN = 20;

export type SourceSubject = "event" | "commitment";

export interface SourceCursor {
  /** published_on of the last source shown, '' when undated. */
  on: string;
  id: string;
}

// Two constant statements, not a table name bound at run time (SQLite cannot bind identifiers).
const SUBJECT_SQL: Record<SourceSubject, string> = {
  event: "SELECT 1 AS found FROM events WHERE id = ?2 AND pair = ?1",
  commitment: "SELECT 1 AS found FROM commitments WHERE id = ?2 AND pair = ?1",
};

const COUNT_SQL = `
SELECT count(DISTINCT cs.article_id) AS n
FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id AND cs.retracted_at IS NULL
WHERE c.pair = ?1 AND c.subject_type = ?2 AND c.subject_id = ?3 AND c.review != 'rejected' AND c.retracted_at IS NULL`;

/** ?4 = limit, ?5/?6 = cursor (published_on or '', article id) or NULL. */
const PAGE_SQL = `
SELECT c.subject_type, c.subject_id, a.id AS article_id, a.outlet, a.language, a.url, a.title, a.published_on,
  max(cs.origin = 'machine') AS machine
FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id AND cs.retracted_at IS NULL JOIN articles a ON a.id = cs.article_id
WHERE c.pair = ?1 AND c.subject_type = ?2 AND c.subject_id = ?3 AND c.review != 'rejected' AND c.retracted_at IS NULL
  AND (?5 IS NULL OR (coalesce(a.published_on, ''), a.id) < (?5, ?6))
GROUP BY a.id
ORDER BY coalesce(a.published_on, '') DESC, a.id DESC
LIMIT ?4`;

export interface SourcePage {
  /** False when the pair has no such event or commitment. */
  found: boolean;
  total: number;
  sources: SourceRow[];
}

/** Reads one page of a subject's sources with its total and whether it exists (one batch). */
export async function readSourcePage(
  db: Db,
  pair: string,
  subject: SourceSubject,
  id: string,
  limit: number,
  cursor?: SourceCursor,
): Promise<SourcePage> {
  const [found, count, page] = await db.batch([
    db.prepare(SUBJECT_SQL[subject]).bind(pair, id),
    db.prepare(COUNT_SQL).bind(pair, subject, id),
    db.prepare(PAGE_SQL).bind(pair, subject, id, limit, cursor?.on ?? null, cursor?.id ?? null),
  ]);
  return {
    found: (found?.results.length ?? 0) > 0,
    total: Number((count?.results[0] as { n?: number } | undefined)?.n ?? 0),
    sources: (page?.results ?? []) as unknown as SourceRow[],
  };
}
