/**
 * The ingestion use case: analyse (pure pipeline), skip duplicates, read what the store holds, plan, apply.
 * It knows nothing of HTTP or caches: it returns an `IngestOutcome`, and each edge (the admin route, the feed
 * poller) decides what that means for its caller and calls `dossierChanged` for the pairs it reports changed.
 * The pipeline is passed in (loaded lazily by the caller), so the public read path never loads it.
 */
import type { Db } from "../store/db";
import { applyPlan } from "../store/apply-plan";
import { archiveArticle } from "../store/archive";
import { findDuplicate, isArticleConflict, readAnalysisContext } from "../store/ingest";
import { IngestInputError, type UnreadableReason } from "./errors";
import { planIngest } from "./plan/plan";
import type { PlanDeps } from "./plan/scope";
import type { Resolution } from "./plan/types";
import type { Analysis, ArticleInput } from "./types";

/** The pure pipeline: analysis plus the clustering and similarity functions the planner needs. */
export interface Pipeline {
  /** PIPELINE_VERSION (src/ingest/version.ts), recorded in the archive with each report. */
  version: string;
  analyze: (input: ArticleInput) => Promise<Analysis>;
  deps: PlanDeps;
}

/** What became of one report. */
export type IngestOutcome =
  /** Stored; `changedPairs` are the dossiers whose version the write bumped. */
  | { kind: "created"; resolution: Resolution; changedPairs: string[] }
  /** Already stored (same URL or same normalized content): nothing written. */
  | { kind: "duplicate"; resolution: Resolution }
  /** Read but not kept: it is not about the pair its feed is restricted to. */
  | { kind: "skipped"; language: string; pairs: string[] }
  /** No usable text (empty, binary, too deeply nested, no input): nothing written. */
  | { kind: "unreadable"; reason: UnreadableReason; detail: string };

/** Ingests one report. Idempotent: the same report (URL or normalized content) is a duplicate the second time. */
export async function ingestArticle(
  db: Db,
  pipeline: Pipeline,
  input: ArticleInput,
  opts: { origin: "admin" | "feed"; feedId?: number; now: Date; onlyPair?: string; archive: R2Bucket },
): Promise<IngestOutcome> {
  if (input.url) {
    const byUrl = await findDuplicate(db, input.url, "");
    if (byUrl) return duplicate(byUrl.id, byUrl.resolution);
  }
  let analysis: Analysis;
  try {
    analysis = await pipeline.analyze(input);
  } catch (err) {
    // The pipeline is the one place that decides a report is unreadable.
    if (err instanceof IngestInputError) return { kind: "unreadable", reason: err.code, detail: err.detail };
    throw err;
  }
  const dup = await findDuplicate(db, input.url ?? null, analysis.contentHash);
  if (dup) return duplicate(dup.id, dup.resolution);
  if (opts.onlyPair !== undefined && !analysis.pairs.some((p) => p.key === opts.onlyPair)) {
    // A feed restricted to a pair keeps only reports about it: nothing is stored for the others.
    return { kind: "skipped", language: analysis.language, pairs: analysis.pairs.map((p) => p.key) };
  }
  const now = opts.now.toISOString();
  const ctx = await readAnalysisContext(db, analysis, now);
  const plan = planIngest(
    analysis,
    ctx,
    {
      articleId: `ar_${analysis.contentHash.slice(0, 16)}`,
      input,
      origin: opts.origin,
      feedId: opts.feedId ?? null,
      pipelineVersion: pipeline.version,
    },
    pipeline.deps,
  );
  // R2 first, then the D1 batch. A failed put throws before D1 is touched: nothing is stored, the report is not
  // a duplicate, and posting it again retries the whole ingest. A put followed by a failed batch leaves only an
  // object under the article id (derived from the text), which the retry overwrites with the same content.
  // The other order could leave an article in D1 with no archive that no retry would ever write (a duplicate).
  await archiveArticle({ ARCHIVE: opts.archive }, plan.resolution.id, {
    text: analysis.text,
    ...(input.html !== undefined ? { html: input.html } : {}),
    meta: archiveMeta(input, opts.origin, opts.feedId, now),
    pipelineVersion: pipeline.version,
  });
  try {
    await applyPlan(db, plan, now);
  } catch (err) {
    // Another ingest stored the same article between our read and our write: it is a duplicate now.
    if (!isArticleConflict(err)) throw err;
    const winner = await findDuplicate(db, input.url ?? null, analysis.contentHash);
    if (winner) return duplicate(winner.id, winner.resolution);
    throw err;
  }
  const changedPairs = [...new Set([...plan.newPairs, ...plan.articlePairs.map((p) => p.pair)])];
  return { kind: "created", resolution: plan.resolution, changedPairs };
}

function archiveMeta(input: ArticleInput, origin: "admin" | "feed", feedId: number | undefined, now: string) {
  const { url, title, outlet, language, publishedAt } = input;
  const given = Object.entries({ url, title, outlet, language, publishedAt }).filter(([, x]) => x !== undefined);
  return { origin, ...Object.fromEntries(given), ...(feedId !== undefined ? { feedId } : {}), ingestedAt: now };
}

function duplicate(id: string, stored: string | null): IngestOutcome {
  let resolution: Resolution = {
    id,
    language: "und",
    pairs: [],
    events: [],
    sectors: [],
    tracks: [],
    commitments: [],
    syndicatedOf: null,
  };
  if (stored) {
    try {
      resolution = JSON.parse(stored) as Resolution;
    } catch {
      // A seeded article has no stored resolution; the id alone still tells the caller which one it was.
    }
  }
  return { kind: "duplicate", resolution };
}
