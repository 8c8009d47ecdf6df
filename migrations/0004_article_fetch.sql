-- Migration 0003: reading the article behind each feed item (docs/jobs.md, "Article fetch").
-- feeds.fetch_articles: 1 = fetch the linked page of items with a short content (default), 0 = never.
ALTER TABLE feeds ADD COLUMN fetch_articles INTEGER NOT NULL DEFAULT 1;
-- feed_items.fetch_error: why the article page could not be read (the summary was ingested instead).
-- feed_items.fetch_attempts: article fetches made or claimed for the item (a failure is retried once: at most 2).
ALTER TABLE feed_items ADD COLUMN fetch_error TEXT;
ALTER TABLE feed_items ADD COLUMN fetch_attempts INTEGER NOT NULL DEFAULT 0;
-- fetch_hosts: politeness per host. next_allowed_at (epoch ms) is both the one-request-at-a-time lease and the
-- delay between requests; robots holds the host's robots.txt (robots_status 0 = unreachable) for a day.
CREATE TABLE IF NOT EXISTS fetch_hosts (
  host TEXT PRIMARY KEY,
  next_allowed_at INTEGER NOT NULL DEFAULT 0,
  robots TEXT,
  robots_status INTEGER,
  robots_fetched_at INTEGER
) WITHOUT ROWID;
-- article_fetches: the last fetch of each article URL, with its validators for a conditional request next time.
CREATE TABLE IF NOT EXISTS article_fetches (
  url TEXT PRIMARY KEY,
  status INTEGER,
  etag TEXT,
  last_modified TEXT,
  error TEXT,
  fetched_at TEXT NOT NULL
) WITHOUT ROWID;
