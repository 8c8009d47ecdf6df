/**
 * One `fetch-article` message: read the page a feed item links to and ingest it, with the item's title and
 * date as fallbacks. Never fetched when an article is already stored under that URL; one request at a time
 * per host with a delay between them (a host busy or too recent answers "wait", and the consumer re-queues the
 * message with that delay); when the page cannot be read, the item's summary is ingested as before and the
 * failure is recorded on the item, so a later poll retries it once.
 */
import { type Pipeline, ingestArticle } from "../ingest/ingest";
import { readPageMeta } from "../ingest/read/page-meta";
import type { GuardedFetchOptions } from "../net/fetch-guarded";
import {
  articleByUrl,
  claimHost,
  itemArticle,
  moveArticleUrl,
  recordItemFetch,
  releaseHost,
} from "../store/article-fetch";
import { getFeed } from "../store/feeds";
import { ARTICLE_FETCH_LIMITS, fetchArticlePage } from "./article-page";
import { itemToArticle } from "./feed-items";
import type { FetchArticleMessage } from "./messages";

/** Delay between two requests to one host (robots.txt Crawl-delay, when longer, wins). */
export const HOST_DELAY_MS = 5_000;
/** A host's lease outlives the longest fetch (robots.txt and the page), so a crashed consumer frees it. */
const LEASE_MS = 2 * ARTICLE_FETCH_LIMITS.totalTimeoutMs + HOST_DELAY_MS;
/** Longest re-queue delay (a Queues limit is 12 h; a politeness wait never needs that much). */
const MAX_WAIT_SECONDS = 15 * 60;

/** What a fetch may do; tests pass a mocked origin, short limits and their own clock. */
export interface ArticleFetchOptions {
  fetcher?: typeof fetch;
  limits?: Partial<GuardedFetchOptions>;
  allowLocal?: boolean;
  userAgent?: string;
  hostDelayMs?: number;
  /** Epoch ms. */
  clock?: () => number;
}

export type ArticleOutcome =
  | { kind: "done"; items: number; error: string | null; pairs: string[] }
  /** The host is busy or was fetched too recently: send the message again after this delay. */
  | { kind: "wait"; delaySeconds: number };

/** Handles one fetch-article message. */
export async function fetchArticle(
  stores: { DB: D1Database; ARCHIVE: R2Bucket },
  pipeline: () => Promise<Pipeline>,
  msg: FetchArticleMessage,
  opts: ArticleFetchOptions = {},
): Promise<ArticleOutcome> {
  const db = stores.DB;
  const clock = opts.clock ?? Date.now;
  const feed = await getFeed(db, msg.feedId);
  if (!feed) return { kind: "done", items: 0, error: null, pairs: [] };
  const attempts = msg.retry ? 2 : 1;
  const summaryId = msg.retry ? await itemArticle(db, msg.feedId, msg.key) : null;
  const stored = await articleByUrl(db, [msg.link]);
  if (stored !== null && stored !== summaryId) {
    // Already read (through another feed, or submitted): never fetched again.
    await recordItemFetch(db, msg.feedId, msg.key, { articleId: stored, error: null, attempts });
    return { kind: "done", items: 0, error: null, pairs: [] };
  }
  const host = new URL(msg.link).host;
  const start = clock();
  const busyUntil = await claimHost(db, host, start, start + LEASE_MS);
  if (busyUntil !== null)
    return {
      kind: "wait",
      delaySeconds: Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil((busyUntil - start) / 1000))),
    };
  let page: Awaited<ReturnType<typeof fetchArticlePage>> | undefined;
  try {
    page = await fetchArticlePage(db, msg.link, clock, {
      ...ARTICLE_FETCH_LIMITS,
      ...opts.limits,
      allowLocal: opts.allowLocal ?? false,
      headers: { "user-agent": opts.userAgent ?? "BilateralBot/1.0" },
      ...(opts.fetcher ? { fetcher: opts.fetcher } : {}),
    });
  } finally {
    const delay = Math.max(opts.hostDelayMs ?? HOST_DELAY_MS, page?.crawlDelayMs ?? 0);
    await releaseHost(db, host, clock() + delay);
  }
  const now = new Date(clock());
  const ingestOpts = {
    origin: "feed" as const,
    feedId: msg.feedId,
    now,
    archive: stores.ARCHIVE,
    ...(feed.pair ? { onlyPair: feed.pair } : {}),
  };
  if (page.ok) {
    const redirected = page.finalUrl !== msg.link ? await articleByUrl(db, [page.finalUrl]) : null;
    if (redirected !== null) {
      await recordItemFetch(db, msg.feedId, msg.key, { articleId: redirected, error: null, attempts });
      return { kind: "done", items: 0, error: null, pairs: [] };
    }
    const meta = await readPageMeta(page.html);
    const title = meta.title ?? msg.title;
    const publishedAt = meta.publishedAt ?? msg.publishedAt;
    // A retry's summary holds the URL (unique); it hands it over, and gets it back if the page is not kept.
    if (summaryId) await moveArticleUrl(db, summaryId, msg.link);
    const r = await ingestArticle(
      db,
      await pipeline(),
      {
        html: page.html,
        url: msg.link,
        ...(title ? { title } : {}),
        ...(feed.outlet ? { outlet: feed.outlet } : {}),
        ...(publishedAt ? { publishedAt } : {}),
      },
      ingestOpts,
    );
    if (r.kind !== "created" && summaryId) await moveArticleUrl(db, summaryId, msg.link, true);
    if (r.kind !== "unreadable") {
      // A page about another pair than the feed's is read and not kept, like an item (no summary fallback).
      const articleId = r.kind === "created" || r.kind === "duplicate" ? r.resolution.id : null;
      await recordItemFetch(db, msg.feedId, msg.key, { articleId, error: null, attempts });
      return r.kind === "created"
        ? { kind: "done", items: 1, error: null, pairs: r.changedPairs }
        : { kind: "done", items: 0, error: null, pairs: [] };
    }
    page = { ok: false, error: "no readable text on the page", crawlDelayMs: null };
  }
  // The page could not be read: the summary, as before (already stored when this was the retry).
  let articleId: string | null = null;
  let items = 0;
  let pairs: string[] = [];
  if (!msg.retry) {
    const item = { guid: msg.key, link: msg.link, title: msg.title ?? null, content: msg.summary || null };
    const verdict = itemToArticle({ ...item, publishedAt: msg.publishedAt ?? null }, feed.outlet);
    if (verdict.ok) {
      const r = await ingestArticle(db, await pipeline(), verdict.input, ingestOpts);
      if (r.kind === "created" || r.kind === "duplicate") articleId = r.resolution.id;
      if (r.kind === "created") [items, pairs] = [1, r.changedPairs];
    }
  }
  await recordItemFetch(db, msg.feedId, msg.key, { articleId, error: page.error, attempts });
  return { kind: "done", items, error: null, pairs };
}
