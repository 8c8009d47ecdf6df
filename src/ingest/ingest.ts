/**
 * Ingesting one report: analyse (pure pipeline), skip duplicates, read what the store holds, plan, apply.
 * The pipeline is passed in (loaded lazily by the caller), so the public read path never loads it.
 */
import { ProblemError } from "../http/problem";
import { invalidateVersionMemo } from "../http/version-memo";
import { applyPlan, findDuplicate, isArticleConflict, readIngestContext } from "../store/ingest";
import type { Resolution } from "./plan/types";
import { type PlanDeps, planIngest } from "./plan/plan";
import type { Analysis, ArticleInput } from "./types";

/** The pure pipeline: analysis plus the clustering and similarity functions the planner needs. */
export interface Pipeline {
  analyze: (input: ArticleInput) => Promise<Analysis>;
  deps: PlanDeps;
}

export interface IngestResult {
  created: boolean;
  /** True when the report was read but not kept: it is not about the pair its feed is restricted to. */
  skipped?: boolean;
  resolution: Resolution;
}

/** Ingests one report. Idempotent: the same report (URL or normalized content) is a duplicate the second time. */
export async function ingestArticle(
  db: D1Database,
  pipeline: Pipeline,
  input: ArticleInput,
  opts: { origin: "admin" | "feed"; feedId?: number; now: Date; onlyPair?: string },
): Promise<IngestResult> {
  if (input.url) {
    const byUrl = await findDuplicate(db, input.url, "");
    if (byUrl) return duplicate(byUrl.id, byUrl.resolution);
  }
  let analysis: Analysis;
  try {
    analysis = await pipeline.analyze(input);
  } catch (err) {
    // The pipeline refuses input it cannot read (no input, empty after extraction, binary, too deeply nested):
    // its IngestInputError is the one place that decides, and it becomes a 422, not a 500.
    if (err instanceof Error && err.name === "IngestInputError")
      throw new ProblemError("unprocessable-content", err.message);
    throw err;
  }
  const dup = await findDuplicate(db, input.url ?? null, analysis.contentHash);
  if (dup) return duplicate(dup.id, dup.resolution);
  if (opts.onlyPair !== undefined && !analysis.pairs.some((p) => p.key === opts.onlyPair)) {
    // A feed restricted to a pair keeps only reports about it: nothing is stored for the others.
    const pairs = analysis.pairs.map((p) => p.key);
    return {
      created: false,
      skipped: true,
      resolution: {
        id: "",
        language: analysis.language,
        pairs,
        events: [],
        sectors: [],
        tracks: [],
        commitments: [],
        syndicatedOf: null,
      },
    };
  }
  const now = opts.now.toISOString();
  const ctx = await readIngestContext(
    db,
    analysis.pairs.map((p) => p.key),
    analysis.eventDate?.date,
    analysis.bands,
    now,
  );
  const plan = planIngest(
    analysis,
    ctx,
    { articleId: `ar_${analysis.contentHash.slice(0, 16)}`, input, origin: opts.origin, feedId: opts.feedId ?? null },
    pipeline.deps,
  );
  try {
    await applyPlan(db, plan, now);
  } catch (err) {
    // Another ingest stored the same article between our read and our write: it is a duplicate now.
    if (!isArticleConflict(err)) throw err;
    const winner = await findDuplicate(db, input.url ?? null, analysis.contentHash);
    if (winner) return duplicate(winner.id, winner.resolution);
    throw err;
  }
  // This isolate wrote: its next read of these pairs must see the new version at once.
  for (const pair of new Set([...plan.newPairs, ...plan.articlePairs.map((p) => p.pair)])) invalidateVersionMemo(pair);
  return { created: true, resolution: plan.resolution };
}

function duplicate(id: string, stored: string | null): IngestResult {
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
  return { created: false, resolution };
}
