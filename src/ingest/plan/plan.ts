/**
 * The ingest planner: a pure function from one analysed report and what the store already holds to the
 * writes that bring the dossier up to date. Enrich, never duplicate: an existing event, commitment,
 * position or track gains a source; only what is new is created. Machine evidence may move a commitment
 * forward in its lifecycle and fill missing dates, never backwards and never over seeded or reviewed dates
 * (a disagreeing date is kept as its own claim, so the conflict stays visible).
 */
import type { Analysis, ArticleInput } from "../types";
import { planCommitments } from "./plan-commitments";
import { planEvent } from "./plan-event";
import { planPositions } from "./plan-positions";
import { planTracks } from "./plan-tracks";
import type { PairScope, PlanDeps } from "./scope";
import type { ClaimWrite, IngestContext, PairContext, WritePlan } from "./types";

/** Two reports whose MinHash similarity reaches this are copies of one story (syndication). */
export const SYNDICATION_THRESHOLD = 0.5;

export interface PlanInput {
  articleId: string;
  input: ArticleInput;
  origin: "admin" | "feed";
  feedId: number | null;
  /** The PIPELINE_VERSION reading the report, recorded with it. */
  pipelineVersion?: string;
}

/** Plans the writes for one new (non-duplicate) report. */
export function planIngest(a: Analysis, ctx: IngestContext, p: PlanInput, deps: PlanDeps): WritePlan {
  const syndicatedOf = findOriginal(a, ctx.nearDuplicates, deps);
  const plan: WritePlan = {
    article: {
      id: p.articleId,
      url: p.input.url ?? null,
      contentHash: a.contentHash,
      outlet: p.input.outlet ?? outletOf(p.input.url),
      language: a.language,
      title: a.titleComposed ? null : a.title || null,
      publishedOn: a.publishedOn ?? null,
      publishedAt: p.input.publishedAt ?? null,
      origin: p.origin,
      feedId: p.feedId,
      syndicatedOf,
      textLength: a.text.length,
      minhash: a.minhash,
      bands: a.bands,
      pipelineVersion: p.pipelineVersion ?? null,
    },
    articlePairs: a.pairs.map((x) => ({ pair: x.key, score: x.score })),
    newPairs: [],
    newTracks: [],
    touchedTracks: [],
    newEvents: [],
    redatedEvents: [],
    eventTracks: [],
    eventEntities: [],
    newCommitments: [],
    formedCommitments: [],
    countedCommitments: [],
    advancedCommitments: [],
    statusSteps: [],
    newPositions: [],
    reaffirmedPositions: [],
    claims: [],
    resolution: {
      id: p.articleId,
      language: a.language,
      pairs: a.pairs.map((x) => x.key),
      events: [],
      sectors: a.sectors.map((s) => s.slug),
      tracks: [],
      commitments: [],
      syndicatedOf,
    },
  };
  for (const { key } of a.pairs) planPair(a, ctx, key, ctx.pairs.get(key), plan, deps);
  return plan;
}

/**
 * The stored report this one copies: about the same pairs (a template reused for another pair is not a copy),
 * the most similar at or above the threshold, the oldest on a tie (candidates come oldest first).
 */
function findOriginal(a: Analysis, candidates: IngestContext["nearDuplicates"], deps: PlanDeps): string | null {
  const pairs = a.pairs
    .map((p) => p.key)
    .sort()
    .join(",");
  let best: { id: string; score: number } | null = null;
  for (const d of candidates) {
    if (d.pairs.join(",") !== pairs) continue;
    const score = deps.similarity(d.minhash, a.minhash);
    if (score >= SYNDICATION_THRESHOLD && (!best || score > best.score)) best = { id: d.id, score };
  }
  return best?.id ?? null;
}

function outletOf(url: string | undefined): string {
  if (!url) return "unknown outlet";
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "unknown outlet";
  }
}

/** Plans one pair's writes, step by step: tracks, then the event, commitments and positions that use them. */
function planPair(
  a: Analysis,
  ctx: IngestContext,
  pair: string,
  known: PairContext | undefined,
  plan: WritePlan,
  deps: PlanDeps,
): void {
  const claim = (c: Omit<ClaimWrite, "pair">) => plan.claims.push({ pair, ...c });
  const activity = a.eventDate?.date ?? a.publishedOn ?? null;
  if (!known?.exists) plan.newPairs.push(pair);
  const scope: PairScope = { a, ctx, pair, known, plan, deps, activity, claim };
  const tracks = planTracks(scope);
  planEvent(scope, tracks.tracks);
  planCommitments(scope, tracks);
  planPositions(scope);
}
