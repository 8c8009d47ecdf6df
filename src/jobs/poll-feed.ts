/**
 * Polling one feed (the queue consumer's unit of work): a guarded conditional GET (timeouts, byte cap, SSRF
 * guard), parse, ingest the items not yet seen, oldest first and a capped number per poll. A failure is
 * recorded on the feed (with backoff) and in its job run; it never stops other feeds.
 */
import type { Pipeline } from "../ingest/ingest";
import { ingestArticle } from "../ingest/ingest";
import { FETCH_DEFAULTS, type GuardedFetchOptions, guardedFetch } from "../net/fetch-guarded";
import { yieldToEventLoop } from "../lib/yield";
import { articleByUrl, claimRetry, retryableItems } from "../store/article-fetch";
import { getFeed, markItem, recordPoll, unseenItems } from "../store/feeds";
import { articleMessage, itemKey, itemToArticle, MAX_ITEMS_PER_POLL, oldestFirst } from "./feed-items";
import type { FetchArticleMessage } from "./messages";

/** Minutes between polls of a healthy feed, and the backoff cap for a failing one. */
export const POLL_EVERY_MINUTES = 15;
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** How long and how large a feed fetch may be (the guarded fetcher's defaults: 10 s / 30 s, 5 MB, 5 hops). */
export const FEED_FETCH_LIMITS = FETCH_DEFAULTS;

function addMinutes(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

export interface PollOutcome {
  items: number;
  error: string | null;
  /** Pairs whose dossier this poll changed (to warm). */
  pairs: string[];
  /** New items left for the next poll (over the per-poll cap). */
  remaining: number;
}

/** What a poll may do: the fetch to use, its limits, whether local addresses are allowed, items per poll. */
export interface PollOptions {
  fetcher?: typeof fetch;
  limits?: Partial<GuardedFetchOptions>;
  allowLocal?: boolean;
  maxItems?: number;
  /** The User-Agent of the feed request. */
  userAgent?: string;
  /**
   * Where fetch-article messages go (the ingest queue) and the run they count in. Without it, items are
   * ingested from their own content only, as before article fetching existed.
   */
  articles?: { enqueue: (messages: FetchArticleMessage[]) => Promise<void>; runId: number };
}

/** Polls a feed and ingests its new items, oldest first, at most `maxItems` of them. */
export async function pollFeed(
  stores: { DB: D1Database; ARCHIVE: R2Bucket },
  pipeline: () => Promise<Pipeline>,
  feedId: number,
  now: Date,
  opts: PollOptions = {},
): Promise<PollOutcome> {
  const db = stores.DB;
  const feed = await getFeed(db, feedId);
  if (!feed) return { items: 0, error: null, pairs: [], remaining: 0 }; // deleted since it was enqueued
  const nowIso = now.toISOString();
  const headers: Record<string, string> = {
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    "user-agent": opts.userAgent ?? "BilateralBot/1.0",
  };
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.last_modified) headers["if-modified-since"] = feed.last_modified;
  let status: number | null = null;
  try {
    const res = await guardedFetch(feed.url, {
      ...FEED_FETCH_LIMITS,
      ...opts.limits,
      headers,
      allowLocal: opts.allowLocal ?? false,
      ...(opts.fetcher ? { fetcher: opts.fetcher } : {}),
    });
    status = res.status;
    if (res.status === 304) {
      await recordPoll(db, feedId, {
        now: nowIso,
        nextPollAt: addMinutes(now, POLL_EVERY_MINUTES),
        status,
        error: null,
      });
      return { items: 0, error: null, pairs: [], remaining: 0 };
    }
    if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status}`);
    const xml = new TextDecoder().decode(res.body);
    // The XML parser loads only when a feed is polled (queue consumer), never on the public read path. It
    // parses a few kilobytes at a time, giving public reads in this isolate a turn between slices.
    const { parseFeedInSlices } = await import("../ingest/read/feed-slices");
    const parsed = oldestFirst(await parseFeedInSlices(xml, yieldToEventLoop));
    await yieldToEventLoop();
    const items = await Promise.all(parsed.map(async (item) => ({ ...item, key: await itemKey(item.guid) })));
    const fresh = await unseenItems(
      db,
      feedId,
      items.map((i) => i.key),
    );
    const todo = items.filter((i) => fresh.has(i.key));
    const slice = todo.slice(0, opts.maxItems ?? MAX_ITEMS_PER_POLL);
    const remaining = todo.length - slice.length;
    let ingested = 0;
    const changed = new Set<string>();
    const articles = feed.fetch_articles === 1 ? opts.articles : undefined;
    const messages: FetchArticleMessage[] = [];
    let p: Pipeline | undefined;
    for (const item of slice) {
      const msg = articles ? articleMessage(item, feedId, articles.runId, false) : null;
      if (msg && (await articleByUrl(db, [msg.link])) === null) {
        // Its page is read by its own message (the item is remembered once the message is sent).
        messages.push(msg);
        continue;
      }
      p ??= await pipeline();
      // One item's analysis is one slice of CPU: let public reads in this isolate run between items.
      await yieldToEventLoop();
      let articleId: string | null = null;
      const verdict = itemToArticle(item, feed.outlet);
      if (verdict.ok) {
        // The feed's home country was validated when the feed was registered.
        const input = feed.country ? { ...verdict.input, country: feed.country } : verdict.input;
        const r = await ingestArticle(db, p, input, {
          origin: "feed",
          feedId,
          now,
          archive: stores.ARCHIVE,
          ...(feed.pair ? { onlyPair: feed.pair } : {}),
        });
        // A skipped or unreadable item is remembered without an article (so it is not retried forever).
        if (r.kind === "created" || r.kind === "duplicate") articleId = r.resolution.id;
        if (r.kind === "created") {
          ingested++;
          for (const pair of r.changedPairs) changed.add(pair);
        }
      }
      await markItem(db, feedId, item.key, articleId, nowIso);
    }
    if (articles) {
      // Items whose page failed at an earlier poll and are still listed get their one retry.
      const retry = await retryableItems(
        db,
        feedId,
        items.map((i) => i.key),
      );
      for (const item of items.filter((i) => retry.has(i.key))) {
        const msg = articleMessage(item, feedId, articles.runId, true);
        if (msg && (await claimRetry(db, feedId, item.key))) messages.push(msg);
      }
      if (messages.length > 0) await articles.enqueue(messages);
      // Sent first, then remembered: a failed send leaves the items new for the next poll.
      for (const m of messages) if (!m.retry) await markItem(db, feedId, m.key, null, nowIso);
    }
    // With items left over, the validators are not kept (a 304 would hide the rest) and the feed is due at once.
    await recordPoll(db, feedId, {
      now: nowIso,
      nextPollAt: remaining > 0 ? nowIso : addMinutes(now, POLL_EVERY_MINUTES),
      status,
      error: null,
      etag: remaining > 0 ? null : res.headers.get("etag"),
      lastModified: remaining > 0 ? null : res.headers.get("last-modified"),
    });
    return { items: ingested, error: null, pairs: [...changed], remaining };
  } catch (err) {
    const message = err instanceof Error ? err.message.slice(0, 200) : "poll failed";
    const backoff = Math.min(MAX_BACKOFF_MINUTES, POLL_EVERY_MINUTES * 2 ** Math.min(feed.failures + 1, 7));
    await recordPoll(db, feedId, { now: nowIso, nextPollAt: addMinutes(now, backoff), status, error: message });
    return { items: 0, error: message, pairs: [], remaining: 0 };
  }
}
