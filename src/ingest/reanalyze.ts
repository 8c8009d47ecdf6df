/**
 * Re-analysis of one archived report: the current pipeline reads the archived text (or HTML) again, the
 * planner plans it against what the store holds now, and the difference with what the article supports today
 * is applied (or, in a dry run, only counted). Applying is the planner's usual guarded upserts, so running it
 * twice changes nothing the second time; machine claims the new reading no longer supports are retracted,
 * never deleted, and reviewed claims are never touched (docs/jobs.md, "Re-analysis").
 */
import type { Db } from "../store/db";
import { readArchivedArticle } from "../store/archive";
import { readAnalysisContext } from "../store/ingest";
import { applyReanalysis, readStoredArticle } from "../store/reanalysis";
import { IngestInputError } from "./errors";
import type { Pipeline } from "./ingest";
import { planIngest } from "./plan/plan";
import { type Counts, diffClaims } from "./reanalyze-diff";
import type { ArticleInput } from "./types";

/** What became of one article. */
export type ReanalysisOutcome =
  | { kind: "done"; byPair: Map<string, Counts>; changedPairs: string[] }
  /** Nothing to read again (no such article, no archive, or the archived text is now unreadable). */
  | { kind: "failed"; reason: string };

const INPUT_FIELDS = ["url", "title", "outlet", "language", "publishedAt"] as const;

/** The input of the original ingest, rebuilt from the archive: its HTML when one was given, else its text. */
function inputOf(archived: { text: string; html: string | null; meta: Record<string, unknown> }): ArticleInput {
  const input: Record<string, string> = archived.html ? { html: archived.html } : { text: archived.text };
  for (const f of INPUT_FIELDS) {
    const value = archived.meta[f];
    if (typeof value === "string") input[f] = value;
  }
  return input as ArticleInput;
}

/** Re-analyses one archived article with `pipeline`; writes only when `dryRun` is false. */
export async function reanalyzeArticle(
  db: Db,
  pipeline: Pipeline,
  archive: R2Bucket,
  id: string,
  opts: { now: Date; dryRun: boolean },
): Promise<ReanalysisOutcome> {
  const [stored, archived] = await Promise.all([
    readStoredArticle(db, id),
    readArchivedArticle({ ARCHIVE: archive }, id),
  ]);
  if (!stored) return { kind: "failed", reason: "no such article" };
  const origin = stored.origin === "admin" ? "admin" : stored.origin === "feed" ? "feed" : null;
  if (!archived || !origin) return { kind: "failed", reason: "no archived text" };
  let analysis: Awaited<ReturnType<Pipeline["analyze"]>>;
  try {
    analysis = await pipeline.analyze(inputOf(archived));
  } catch (err) {
    if (err instanceof IngestInputError) return { kind: "failed", reason: `unreadable: ${err.code}` };
    throw err;
  }
  const now = opts.now.toISOString();
  const ctx = await readAnalysisContext(db, analysis, now);
  // The article is stored already: it is not a copy of itself. Whether it copies another stays as first found.
  ctx.nearDuplicates = [];
  const plan = planIngest(
    analysis,
    ctx,
    { articleId: id, input: inputOf(archived), origin, feedId: stored.feedId },
    pipeline.deps,
  );
  plan.resolution.syndicatedOf = stored.syndicatedOf;
  const diff = diffClaims(plan.claims, stored.supported);
  const changedPairs = [...new Set([...plan.newPairs, ...diff.byPair.keys()])];
  if (!opts.dryRun) await applyReanalysis(db, plan, diff.retract, pipeline.version, now);
  return { kind: "done", byPair: diff.byPair, changedPairs: opts.dryRun ? [] : changedPairs };
}
