/**
 * Re-analysis I/O for one archived article: what the article supports today, and the one batch that brings
 * the dossier to what the current pipeline reads in it (docs/jobs.md, "Re-analysis").
 */
import type { Db } from "./db";
import type { WritePlan } from "../ingest/plan/types";
import type { Supported } from "../ingest/reanalyze-diff";
import { dossierWrites, pairWrites } from "./apply-plan";

/** One claim this article is an active source of, with who tied the article to it (claim_sources.origin). */
export type SupportedClaim = Supported & { source_origin: string };

/** The stored facts of an article a re-analysis needs, or null when there is no such article. */
export interface StoredArticle {
  id: string;
  origin: string;
  syndicatedOf: string | null;
  feedId: number | null;
  supported: SupportedClaim[];
}

/** Reads an article and the claims it is an active source of (one batch). */
export async function readStoredArticle(db: Db, id: string): Promise<StoredArticle | null> {
  const [article, claims] = await db.batch([
    db.prepare("SELECT id, origin, syndicated_of, feed_id FROM articles WHERE id = ?1").bind(id),
    db
      .prepare(
        `SELECT c.id, c.pair, c.subject_type, c.subject_id, c.predicate, c.value, cs.origin AS source_origin,
           (cs.origin = 'machine' AND c.origin = 'machine' AND c.review = 'unreviewed') AS retractable
         FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id
         WHERE cs.article_id = ?1 AND cs.retracted_at IS NULL`,
      )
      .bind(id),
  ]);
  const row = article?.results[0] as
    | { id: string; origin: string; syndicated_of: string | null; feed_id: number | null }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    origin: row.origin,
    syndicatedOf: row.syndicated_of,
    feedId: row.feed_id,
    supported: (claims?.results ?? []) as unknown as SupportedClaim[],
  };
}

/**
 * Applies a re-analysis in one batch (one transaction): the article's pipeline version, resolution and pairs,
 * the plan's dossier writes (the planner's guarded upserts: what already holds is not written again), and the
 * retraction of this article's sources that the new reading no longer supports, then of the claims left with
 * no active source. Only machine sources of unreviewed machine claims are retracted (checked here in SQL too).
 * Triggers log each retraction to `changes` and bump the pair's version.
 */
export async function applyReanalysis(
  db: Db,
  plan: WritePlan,
  retract: string[],
  pipelineVersion: string,
  now: string,
): Promise<void> {
  const a = plan.article;
  const statements: D1PreparedStatement[] = [
    ...pairWrites(db, plan, now),
    db
      .prepare(
        `UPDATE articles SET pipeline_version = ?2, resolution = ?3
         WHERE id = ?1 AND (pipeline_version IS NOT ?2 OR resolution IS NOT ?3)`,
      )
      .bind(a.id, pipelineVersion, JSON.stringify(plan.resolution)),
    // The pairs the article is about now (article_pairs is an index of articles, not dossier content).
    db
      .prepare("DELETE FROM article_pairs WHERE article_id = ?1 AND pair NOT IN (SELECT value FROM json_each(?2))")
      .bind(a.id, JSON.stringify(plan.articlePairs.map((p) => p.pair))),
    ...plan.articlePairs.map((p) =>
      db
        .prepare(
          `INSERT INTO article_pairs (article_id, pair, score) VALUES (?1, ?2, ?3)
           ON CONFLICT DO UPDATE SET score = excluded.score WHERE score IS NOT excluded.score`,
        )
        .bind(a.id, p.pair, p.score),
    ),
    ...dossierWrites(db, plan, now),
  ];
  for (const claimId of retract) {
    statements.push(
      db
        .prepare(
          `UPDATE claim_sources SET retracted_at = ?3
           WHERE claim_id = ?1 AND article_id = ?2 AND retracted_at IS NULL AND origin = 'machine'
             AND EXISTS (SELECT 1 FROM claims WHERE id = ?1 AND origin = 'machine' AND review = 'unreviewed')`,
        )
        .bind(claimId, a.id, now),
      db
        .prepare(
          `UPDATE claims SET retracted_at = ?2, updated_at = ?2
           WHERE id = ?1 AND origin = 'machine' AND review = 'unreviewed' AND retracted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM claim_sources WHERE claim_id = ?1 AND retracted_at IS NULL)`,
        )
        .bind(claimId, now),
    );
  }
  await db.batch(statements);
}
