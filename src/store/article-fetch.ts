/**
 * Article fetch state: politeness per host (a lease row and the cached robots.txt), the validators of each
 * fetched URL, and what became of a feed item's article fetch.
 */
import type { Db } from "./db";

export interface HostRobots {
  robots: string | null;
  /** The robots.txt status (0 when it could not be reached); null when never fetched. */
  status: number | null;
  /** Epoch ms of the robots.txt fetch; null when never fetched. */
  fetchedAt: number | null;
}

/**
 * Claims the host for one request: succeeds when its next allowed time has passed, and moves it to
 * `holdUntil` in the same statement (one statement, so two consumers never both win). Returns null when
 * claimed, or the epoch ms at which the host is free again.
 */
export async function claimHost(db: Db, host: string, now: number, holdUntil: number): Promise<number | null> {
  const [, claimed] = await db.batch<{ host: string }>([
    db
      .prepare("INSERT INTO fetch_hosts (host, next_allowed_at) VALUES (?1, 0) ON CONFLICT (host) DO NOTHING")
      .bind(host),
    db
      .prepare("UPDATE fetch_hosts SET next_allowed_at = ?3 WHERE host = ?1 AND next_allowed_at <= ?2 RETURNING host")
      .bind(host, now, holdUntil),
  ]);
  if ((claimed?.results.length ?? 0) > 0) return null;
  const row = await db
    .prepare("SELECT next_allowed_at FROM fetch_hosts WHERE host = ?1")
    .bind(host)
    .first<{ next_allowed_at: number }>();
  return row?.next_allowed_at ?? now;
}

/** Ends a claim: the host's next request may start at `nextAllowedAt` (the politeness delay after this one). */
export async function releaseHost(db: Db, host: string, nextAllowedAt: number): Promise<void> {
  await db.prepare("UPDATE fetch_hosts SET next_allowed_at = ?2 WHERE host = ?1").bind(host, nextAllowedAt).run();
}

/** The host's cached robots.txt. */
export async function getRobots(db: Db, host: string): Promise<HostRobots> {
  const row = await db
    .prepare("SELECT robots, robots_status, robots_fetched_at FROM fetch_hosts WHERE host = ?1")
    .bind(host)
    .first<{ robots: string | null; robots_status: number | null; robots_fetched_at: number | null }>();
  return { robots: row?.robots ?? null, status: row?.robots_status ?? null, fetchedAt: row?.robots_fetched_at ?? null };
}

/** Caches the host's robots.txt (text, status, when). */
export async function saveRobots(db: Db, host: string, r: HostRobots): Promise<void> {
  await db
    .prepare(
      `INSERT INTO fetch_hosts (host, robots, robots_status, robots_fetched_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (host) DO UPDATE SET robots = ?2, robots_status = ?3, robots_fetched_at = ?4`,
    )
    .bind(host, r.robots, r.status, r.fetchedAt)
    .run();
}

export interface ArticleFetchRow {
  url: string;
  status: number | null;
  etag: string | null;
  last_modified: string | null;
}

/** The last fetch of an article URL (for a conditional request). */
export async function getArticleFetch(db: Db, url: string): Promise<ArticleFetchRow | null> {
  return db
    .prepare("SELECT url, status, etag, last_modified FROM article_fetches WHERE url = ?1")
    .bind(url)
    .first<ArticleFetchRow>();
}

/** Records a fetch of an article URL; validators of an earlier fetch are kept when the new one sends none. */
export async function recordArticleFetch(
  db: Db,
  url: string,
  r: { status: number | null; etag: string | null; lastModified: string | null; error: string | null; now: string },
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO article_fetches (url, status, etag, last_modified, error, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (url) DO UPDATE SET status = ?2, etag = coalesce(?3, etag),
         last_modified = coalesce(?4, last_modified), error = ?5, fetched_at = ?6`,
    )
    .bind(url, r.status, r.etag, r.lastModified, r.error, r.now)
    .run();
}

/** The id of an article already stored under one of these URLs, if any. */
export async function articleByUrl(db: Db, urls: string[]): Promise<string | null> {
  const row = await db
    .prepare("SELECT id FROM articles WHERE url IN (SELECT value FROM json_each(?1)) LIMIT 1")
    .bind(JSON.stringify(urls))
    .first<{ id: string }>();
  return row?.id ?? null;
}

/**
 * Lets a summary ingested after a failed fetch give up its URL to the full article of a successful retry
 * (article URLs are unique); `giveBack` undoes it when the full article was not stored after all.
 */
export async function moveArticleUrl(db: Db, articleId: string, url: string, giveBack = false): Promise<void> {
  const sql = giveBack
    ? "UPDATE articles SET url = ?2 WHERE id = ?1 AND url IS NULL"
    : "UPDATE articles SET url = NULL WHERE id = ?1 AND url = ?2";
  await db.prepare(sql).bind(articleId, url).run();
}

/** The keys, among these, of a feed's items whose article fetch failed once and may be retried. */
export async function retryableItems(db: Db, feedId: number, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { results } = await db
    .prepare(
      `SELECT guid FROM feed_items WHERE feed_id = ?1 AND fetch_error IS NOT NULL AND fetch_attempts = 1
         AND guid IN (SELECT value FROM json_each(?2))`,
    )
    .bind(feedId, JSON.stringify(keys))
    .all<{ guid: string }>();
  return new Set(results.map((r) => r.guid));
}

/** Claims a retry of an item's article fetch (so the next poll does not enqueue it again); false if taken. */
export async function claimRetry(db: Db, feedId: number, key: string): Promise<boolean> {
  const res = await db
    .prepare("UPDATE feed_items SET fetch_attempts = 2 WHERE feed_id = ?1 AND guid = ?2 AND fetch_attempts = 1")
    .bind(feedId, key)
    .run();
  return res.meta.changes > 0;
}

/** The article an item's fetch attempt produced (or its summary) and the failure, if any. */
export async function recordItemFetch(
  db: Db,
  feedId: number,
  key: string,
  r: { articleId: string | null; error: string | null; attempts: number },
): Promise<void> {
  await db
    .prepare(
      `UPDATE feed_items SET article_id = coalesce(?3, article_id), fetch_error = ?4,
         fetch_attempts = max(fetch_attempts, ?5) WHERE feed_id = ?1 AND guid = ?2`,
    )
    .bind(feedId, key, r.articleId, r.error, r.attempts)
    .run();
}

/** The article a feed item became so far (its summary after a failed fetch). */
export async function itemArticle(db: Db, feedId: number, key: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT article_id FROM feed_items WHERE feed_id = ?1 AND guid = ?2")
    .bind(feedId, key)
    .first<{ article_id: string | null }>();
  return row?.article_id ?? null;
}
