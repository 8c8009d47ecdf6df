/**
 * Polling one feed (the queue consumer's unit of work): conditional GET, parse, ingest the items not yet
 * seen. A failure is recorded on the feed (with backoff) and in its job run; it never stops other feeds.
 */
import type { Pipeline } from "../ingest/ingest";
import { ingestArticle } from "../ingest/ingest";
import { getFeed, markItem, recordPoll, unseenItems } from "../store/feeds";

/** Minutes between polls of a healthy feed, and the backoff cap for a failing one. */
export const POLL_EVERY_MINUTES = 15;
export const MAX_BACKOFF_MINUTES = 24 * 60;
/** Feed bodies larger than this are refused (a feed is an input like any other). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

function addMinutes(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

export interface PollOutcome {
  items: number;
  error: string | null;
  /** Pairs whose dossier this poll changed (to warm). */
  pairs: string[];
}

/** Polls a feed and ingests its new items. */
export async function pollFeed(
  db: D1Database,
  pipeline: () => Promise<Pipeline>,
  feedId: number,
  now: Date,
  fetcher: typeof fetch = fetch,
): Promise<PollOutcome> {
  const feed = await getFeed(db, feedId);
  if (!feed) return { items: 0, error: null, pairs: [] }; // deleted since it was enqueued
  const nowIso = now.toISOString();
  const headers: Record<string, string> = {
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    "user-agent": "BilateralBot/1.0",
  };
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.last_modified) headers["if-modified-since"] = feed.last_modified;
  let status: number | null = null;
  try {
    const res = await fetcher(feed.url, { headers, redirect: "follow" });
    status = res.status;
    if (res.status === 304) {
      await recordPoll(db, feedId, {
        now: nowIso,
        nextPollAt: addMinutes(now, POLL_EVERY_MINUTES),
        status,
        error: null,
      });
      return { items: 0, error: null, pairs: [] };
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const length = Number(res.headers.get("content-length") ?? 0);
    if (length > MAX_FEED_BYTES) throw new Error(`feed larger than ${MAX_FEED_BYTES} bytes`);
    const xml = await res.text();
    if (xml.length > MAX_FEED_BYTES) throw new Error(`feed larger than ${MAX_FEED_BYTES} bytes`);
    // The XML parser loads only when a feed is polled (queue consumer), never on the public read path.
    const { parseFeed } = await import("../ingest/read/feed");
    const items = parseFeed(xml);
    const fresh = await unseenItems(
      db,
      feedId,
      items.map((i) => i.guid),
    );
    let ingested = 0;
    const changed = new Set<string>();
    const p = fresh.size > 0 ? await pipeline() : undefined;
    for (const item of items) {
      if (!p || !fresh.has(item.guid)) continue;
      let articleId: string | null = null;
      if (item.content) {
        const r = await ingestArticle(
          db,
          p,
          {
            html: item.content,
            ...(item.title ? { title: item.title } : {}),
            ...(item.link && /^https?:/.test(item.link) ? { url: item.link } : {}),
            ...(feed.outlet ? { outlet: feed.outlet } : {}),
            ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
          },
          { origin: "feed", feedId, now, ...(feed.pair ? { onlyPair: feed.pair } : {}) },
        );
        // A skipped or unreadable item is remembered without an article (so it is not retried forever).
        if (r.kind === "created" || r.kind === "duplicate") articleId = r.resolution.id;
        if (r.kind === "created") {
          ingested++;
          for (const pair of r.changedPairs) changed.add(pair);
        }
      }
      await markItem(db, feedId, item.guid, articleId, nowIso);
    }
    await recordPoll(db, feedId, {
      now: nowIso,
      nextPollAt: addMinutes(now, POLL_EVERY_MINUTES),
      status,
      error: null,
      etag: res.headers.get("etag"),
      lastModified: res.headers.get("last-modified"),
    });
    return { items: ingested, error: null, pairs: [...changed] };
  } catch (err) {
    const message = err instanceof Error ? err.message.slice(0, 200) : "poll failed";
    const backoff = Math.min(MAX_BACKOFF_MINUTES, POLL_EVERY_MINUTES * 2 ** Math.min(feed.failures + 1, 7));
    await recordPoll(db, feedId, { now: nowIso, nextPollAt: addMinutes(now, backoff), status, error: message });
    return { items: 0, error: message, pairs: [] };
  }
}
