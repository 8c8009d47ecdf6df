/** Feeds (RSS/Atom sources) and the items already taken from them. */
import type { Db } from "./db";

export interface FeedRow {
  id: number;
  url: string;
  pair: string | null;
  outlet: string | null;
  /** ISO alpha-2 of the outlet's home country, when configured. */
  country: string | null;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string;
  last_polled_at: string | null;
  last_status: number | null;
  last_error: string | null;
  failures: number;
  /** 1: items with a short content get their linked article fetched; 0: never. */
  fetch_articles: number;
}

const COLUMNS =
  "id, url, pair, outlet, country, etag, last_modified, next_poll_at, last_polled_at, last_status, last_error, failures, fetch_articles";

/** Adds a feed (due at once), or returns the existing one with that URL. */
export async function addFeed(
  db: Db,
  url: string,
  pair: string | null,
  outlet: string | null,
  now: string,
  country: string | null = null,
  fetchArticles = true,
): Promise<{ feed: FeedRow; created: boolean }> {
  const inserted = await db
    .prepare(
      `INSERT INTO feeds (url, pair, outlet, next_poll_at, created_at, country, fetch_articles) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6) ON CONFLICT (url) DO NOTHING RETURNING ${COLUMNS}`,
    )
    .bind(url, pair, outlet, now, country, fetchArticles ? 1 : 0)
    .first<FeedRow>();
  if (inserted) return { feed: inserted, created: true };
  const existing = await db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?1`).bind(url).first<FeedRow>();
  if (!existing) throw new Error("feed vanished between insert and select");
  return { feed: existing, created: false };
}

/** Every feed, oldest first. */
export async function listFeeds(db: Db): Promise<FeedRow[]> {
  return (await db.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY id`).all<FeedRow>()).results;
}

/** One feed by id. */
export async function getFeed(db: Db, id: number): Promise<FeedRow | null> {
  return db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE id = ?1`).bind(id).first<FeedRow>();
}

/** Deletes a feed and its item memory; true when it existed. */
export async function deleteFeed(db: Db, id: number): Promise<boolean> {
  const [, res] = await db.batch([
    db.prepare("DELETE FROM feed_items WHERE feed_id = ?1").bind(id),
    db.prepare("DELETE FROM feeds WHERE id = ?1").bind(id),
  ]);
  return (res?.meta.changes ?? 0) > 0;
}

/**
 * Claims the feeds due at `now` (bounded page): moves their next poll to `leaseUntil` in the same statement,
 * so an overlapping run (a manual refresh during the cron) does not enqueue them twice. The consumer then
 * records the real next poll.
 */
export async function claimDueFeeds(db: Db, now: string, leaseUntil: string, limit: number): Promise<number[]> {
  const { results } = await db
    .prepare(
      `UPDATE feeds SET next_poll_at = ?2
       WHERE id IN (SELECT id FROM feeds WHERE next_poll_at <= ?1 ORDER BY next_poll_at LIMIT ?3)
       RETURNING id`,
    )
    .bind(now, leaseUntil, limit)
    .all<{ id: number }>();
  return results.map((r) => r.id).sort((a, b) => a - b);
}

/** Records a poll's outcome and when the feed is due next. */
export async function recordPoll(
  db: Db,
  id: number,
  r: {
    now: string;
    nextPollAt: string;
    status: number | null;
    error: string | null;
    etag?: string | null;
    lastModified?: string | null;
  },
): Promise<void> {
  await db
    .prepare(
      `UPDATE feeds SET last_polled_at = ?2, next_poll_at = ?3, last_status = ?4, last_error = ?5,
         failures = CASE WHEN ?5 IS NULL THEN 0 ELSE failures + 1 END,
         etag = coalesce(?6, etag), last_modified = coalesce(?7, last_modified)
       WHERE id = ?1`,
    )
    .bind(id, r.now, r.nextPollAt, r.status, r.error, r.etag ?? null, r.lastModified ?? null)
    .run();
}

/** Item keys per statement: keeps each bound JSON list small (keys are up to 512 characters). */
const KEYS_PER_STATEMENT = 100;

/** Of the given item keys, those not yet taken from the feed (one batch, however long the feed). */
export async function unseenItems(db: Db, feedId: number, guids: string[]): Promise<Set<string>> {
  if (guids.length === 0) return new Set();
  const stmt = db.prepare(
    "SELECT value FROM json_each(?2) WHERE value NOT IN (SELECT guid FROM feed_items WHERE feed_id = ?1)",
  );
  const chunks: D1PreparedStatement[] = [];
  for (let i = 0; i < guids.length; i += KEYS_PER_STATEMENT)
    chunks.push(stmt.bind(feedId, JSON.stringify(guids.slice(i, i + KEYS_PER_STATEMENT))));
  const results = await db.batch<{ value: string }>(chunks);
  return new Set(results.flatMap((r) => r.results.map((row) => row.value)));
}

/** Remembers that an item was taken (with the article it became, if any). */
export async function markItem(
  db: Db,
  feedId: number,
  guid: string,
  articleId: string | null,
  now: string,
): Promise<void> {
  await db
    .prepare(
      "INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
    )
    .bind(feedId, guid, articleId, now)
    .run();
}
