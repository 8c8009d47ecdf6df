-- Bilateral: the D1 database, as it stands after every migration in migrations/ — for reading.
-- Databases are built and upgraded by the numbered files in migrations/ (`wrangler d1 migrations apply`,
-- and test/setup.ts in the tests); test/unit/migrations.test.ts holds this file equal to their result,
-- object by object. Change both: a new migration file and the same change here.
-- Every statement is idempotent (IF NOT EXISTS), so applying the file twice changes nothing.
-- Dates are ISO `YYYY-MM-DD`; instants are ISO 8601 UTC `YYYY-MM-DDTHH:MM:SS.sssZ`.
-- Versioning: every change to dossier content inserts a row in `changes` (triggers below);
-- the insert trigger on `changes` copies its `seq` into `pairs.version` and `meta.global_version`,
-- so a pair's version is the sequence number of its latest change and always grows.

-- meta: single-row settings, e.g. `global_version` (cache key of cross-pair lists).
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('global_version', '0');

-- pairs: one row per tracked pair of countries.
-- key: ISO 3166-1 alpha-2 codes, sorted, joined by '-' (e.g. 'KZ-MA'); never FIPS.
CREATE TABLE IF NOT EXISTS pairs (
  key TEXT PRIMARY KEY CHECK (key GLOB '[A-Z][A-Z]-[A-Z][A-Z]' AND substr(key, 1, 2) < substr(key, 4, 2)),
  a TEXT NOT NULL GENERATED ALWAYS AS (substr(key, 1, 2)) VIRTUAL,
  b TEXT NOT NULL GENERATED ALWAYS AS (substr(key, 4, 2)) VIRTUAL,
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pairs_a ON pairs (a);
CREATE INDEX IF NOT EXISTS pairs_b ON pairs (b);

-- sectors: the global taxonomy. slug is stable and public; labels is JSON {lang: label}.
CREATE TABLE IF NOT EXISTS sectors (
  slug TEXT PRIMARY KEY CHECK (slug GLOB '[a-z]*'),
  position INTEGER NOT NULL,
  labels TEXT NOT NULL CHECK (json_valid(labels))
);

-- tracks: a strand of a pair's relationship (e.g. 'visa-exemption'), in one sector.
-- status: exploratory (talked about) -> active (work under way) -> established (institution in place)
--         -> stalled | concluded. titles is JSON {lang: title}, 'en' always present.
CREATE TABLE IF NOT EXISTS tracks (
  pair TEXT NOT NULL REFERENCES pairs (key),
  slug TEXT NOT NULL CHECK (slug GLOB '[a-z0-9]*'),
  sector TEXT NOT NULL REFERENCES sectors (slug),
  titles TEXT NOT NULL CHECK (json_valid(titles) AND json_extract(titles, '$.en') IS NOT NULL),
  status TEXT NOT NULL CHECK (status IN ('exploratory', 'active', 'established', 'stalled', 'concluded')),
  last_activity TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'machine', 'reviewed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (pair, slug)
);
CREATE INDEX IF NOT EXISTS tracks_sector ON tracks (sector, pair);

-- commitments: something the two sides agreed, signed or discussed, with a dated lifecycle.
-- id: stable text id ('cm_' + slug or hash). kind: agreement | mechanism | project | cooperation | declaration.
-- status lifecycle: discussed -> proposed -> agreed -> signed -> ratified -> in_force -> suspended | terminated.
-- effective_on: the date it enters (or entered) into force; the daily job moves signed/ratified to in_force then.
CREATE TABLE IF NOT EXISTS commitments (
  id TEXT PRIMARY KEY,
  pair TEXT NOT NULL REFERENCES pairs (key),
  track TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agreement', 'mechanism', 'project', 'cooperation', 'declaration')),
  -- legal_form: the instrument's legal form (LEGAL_FORMS of src/schemas/vocabulary.ts), "is it binding?";
  -- NULL when no report names one (a mechanism agreed in talks). Added by migrations/0003.
  legal_form TEXT CHECK (legal_form IS NULL OR legal_form IN ('treaty', 'agreement', 'memorandum', 'programme', 'declaration', 'joint-statement')),
  -- instruments: how many instruments it stands for: 1, or a batch the sources count without telling its
  -- instruments apart ("seven memoranda were signed"), less those named on their own. Added by migrations/0007.
  instruments INTEGER NOT NULL DEFAULT 1 CHECK (instruments >= 1),
  titles TEXT NOT NULL CHECK (json_valid(titles) AND json_extract(titles, '$.en') IS NOT NULL),
  status TEXT NOT NULL CHECK (status IN ('discussed', 'proposed', 'agreed', 'signed', 'ratified', 'in_force', 'suspended', 'terminated')),
  signed_on TEXT CHECK (signed_on IS NULL OR signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  effective_on TEXT CHECK (effective_on IS NULL OR effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'machine', 'reviewed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (pair, track) REFERENCES tracks (pair, slug)
);
CREATE INDEX IF NOT EXISTS commitments_pair ON commitments (pair, track);
-- The lifecycle job looks for commitments whose entry into force is due.
CREATE INDEX IF NOT EXISTS commitments_due ON commitments (effective_on, status);

-- commitment_status_history: every dated step of a commitment's lifecycle, with the article that evidenced it.
CREATE TABLE IF NOT EXISTS commitment_status_history (
  commitment_id TEXT NOT NULL REFERENCES commitments (id),
  status TEXT NOT NULL,
  on_date TEXT,
  article_id TEXT,
  actor TEXT NOT NULL CHECK (actor IN ('seed', 'machine', 'reviewed', 'lifecycle-job')),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (commitment_id, status)
);

-- events: one happening (a visit, a signing, a session), deduplicated across outlets and languages.
-- date_evidence ranks how the date was found: explicit > weekday > published (seed counts as explicit).
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  pair TEXT NOT NULL REFERENCES pairs (key),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  end_date TEXT,
  date_evidence TEXT NOT NULL CHECK (date_evidence IN ('explicit', 'weekday', 'published')),
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'visit', 'signing', 'milestone', 'session', 'statement')),
  place TEXT,
  titles TEXT NOT NULL CHECK (json_valid(titles) AND json_extract(titles, '$.en') IS NOT NULL),
  -- JSON array of lower-cased people and places named by its reports; used to cluster new reports.
  entities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(entities)),
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'machine', 'reviewed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The dossier and the events list read a pair's events newest first; clustering reads a date window.
CREATE INDEX IF NOT EXISTS events_pair_date ON events (pair, date DESC, id DESC);

-- event_tracks: which tracks an event touched (many to many).
CREATE TABLE IF NOT EXISTS event_tracks (
  event_id TEXT NOT NULL REFERENCES events (id),
  pair TEXT NOT NULL,
  track TEXT NOT NULL,
  PRIMARY KEY (event_id, track)
);
CREATE INDEX IF NOT EXISTS event_tracks_track ON event_tracks (pair, track);

-- positions: a dated stance of one country (holder, ISO alpha-2) on an issue (stable slug).
-- stance: supports | opposes | neutral | recognizes | calls-for.
CREATE TABLE IF NOT EXISTS positions (
  id TEXT PRIMARY KEY,
  pair TEXT NOT NULL REFERENCES pairs (key),
  holder TEXT NOT NULL CHECK (holder GLOB '[A-Z][A-Z]'),
  issue TEXT NOT NULL,
  stance TEXT NOT NULL CHECK (stance IN ('supports', 'opposes', 'neutral', 'recognizes', 'calls-for')),
  statements TEXT NOT NULL CHECK (json_valid(statements) AND json_extract(statements, '$.en') IS NOT NULL),
  first_stated TEXT NOT NULL,
  last_reaffirmed TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'machine', 'reviewed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (pair, holder, issue)
);

-- articles: every report we read (a source). id = 'ar_' + first 16 hex of SHA-256 of the normalized text.
-- url is unique when present; content_hash catches the same text under another URL.
-- syndicated_of: the earlier article this one copies (near-duplicate by MinHash), if any.
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  outlet TEXT NOT NULL,
  language TEXT NOT NULL,
  title TEXT,
  published_on TEXT,
  published_at TEXT,
  fetched_at TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'admin', 'feed')),
  feed_id INTEGER,
  syndicated_of TEXT REFERENCES articles (id),
  text_length INTEGER NOT NULL DEFAULT 0,
  -- MinHash signature (JSON array of 32-bit ints) for near-duplicate checks against LSH candidates.
  minhash TEXT,
  -- What the pipeline resolved (JSON: pairs, events, sectors, tracks), returned again for a duplicate.
  resolution TEXT,
  -- The PIPELINE_VERSION that last read the report (NULL: read before versions were kept). Added by migrations/0006.
  pipeline_version TEXT
);
-- Re-analysis lists a range of articles by ingestion time.
CREATE INDEX IF NOT EXISTS articles_fetched ON articles (fetched_at, id);

-- article_bands: LSH bands of an article's MinHash signature, to find near-duplicates with one indexed read.
CREATE TABLE IF NOT EXISTS article_bands (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- article_pairs: which pairs an article is about, and how strongly.
CREATE TABLE IF NOT EXISTS article_pairs (
  article_id TEXT NOT NULL REFERENCES articles (id),
  pair TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (article_id, pair)
);
CREATE INDEX IF NOT EXISTS article_pairs_pair ON article_pairs (pair);

-- claims: one fact about one subject, as asserted by one or more sources.
-- subject_type/subject_id: 'track' (id = track slug), 'commitment', 'event', 'position'.
-- predicate: what is claimed ('exists', 'status', 'signed_on', 'effective_on', 'date', 'stance', ...); value is text.
-- origin: seed | machine | reviewed (reviewed beats machine). review: unreviewed | confirmed | rejected | corrected.
-- A conflicting source gets its own claim (same subject and predicate, another value) and both are flagged.
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY,
  pair TEXT NOT NULL REFERENCES pairs (key),
  subject_type TEXT NOT NULL CHECK (subject_type IN ('track', 'commitment', 'event', 'position')),
  subject_id TEXT NOT NULL,
  predicate TEXT NOT NULL,
  value TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'machine', 'reviewed')),
  confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  review TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed', 'confirmed', 'rejected', 'corrected')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Set when a re-analysis found that no source supports this machine claim any more: kept (history), hidden
  -- from public reads, logged as 'retracted' in changes; a new supporting source clears it. Added by migrations/0006.
  retracted_at TEXT,
  UNIQUE (pair, subject_type, subject_id, predicate, value)
);

-- claim_sources: provenance. One row per (claim, article): the quote span, its language, first and last seen.
CREATE TABLE IF NOT EXISTS claim_sources (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  article_id TEXT NOT NULL REFERENCES articles (id),
  -- the exact text span in the article (machine claims); NULL for seeded claims, which are our own summaries.
  quote TEXT,
  quote_start INTEGER,
  quote_end INTEGER,
  language TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  -- Who tied this article to this claim: the seed, the pipeline ('machine': shown as machine-coded), or a reviewer.
  origin TEXT NOT NULL DEFAULT 'machine' CHECK (origin IN ('seed', 'machine', 'reviewed')),
  -- Set when a re-analysis of this article no longer supports the claim (machine sources of unreviewed claims
  -- only): kept, hidden from public reads, logged as a 'retracted' source. Added by migrations/0006.
  retracted_at TEXT,
  PRIMARY KEY (claim_id, article_id)
);
CREATE INDEX IF NOT EXISTS claim_sources_article ON claim_sources (article_id);

-- claim_reviews: history of every admin review (confirm, reject, correct); never deleted.
CREATE TABLE IF NOT EXISTS claim_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id TEXT NOT NULL REFERENCES claims (id),
  action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
  previous_value TEXT NOT NULL,
  new_value TEXT NOT NULL,
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_reviews_claim ON claim_reviews (claim_id, id);

-- feeds: RSS/Atom sources polled by the 15-minute job. pair: optional filter (only articles about it are kept).
-- country: optional ISO alpha-2 home country of the outlet, a weak prior for each report's pair.
-- etag/last_modified: for conditional GET. next_poll_at: when the feed is due; failures back it off.
CREATE TABLE IF NOT EXISTS feeds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL UNIQUE,
  pair TEXT,
  outlet TEXT,
  etag TEXT,
  last_modified TEXT,
  next_poll_at TEXT NOT NULL,
  last_polled_at TEXT,
  last_status INTEGER,
  last_error TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  country TEXT,
  -- 1 = fetch the linked page of items with a short content (docs/jobs.md, "Article fetch"); 0 = never.
  fetch_articles INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS feeds_due ON feeds (next_poll_at);

-- feed_items: the items already taken from a feed (guid or link), so a re-poll ingests nothing twice.
CREATE TABLE IF NOT EXISTS feed_items (
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  article_id TEXT,
  seen_at TEXT NOT NULL,
  -- Why the article page could not be read (the summary was ingested instead); fetches made or claimed (max 2).
  fetch_error TEXT,
  fetch_attempts INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (feed_id, guid)
);

-- fetch_hosts: politeness per host for article fetches. next_allowed_at (epoch ms) is both the
-- one-request-at-a-time lease and the delay between requests; robots is the host's robots.txt, kept a day
-- (robots_status: its HTTP status, 0 when unreachable).
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

-- job_runs: every scheduled or manual run. (cron, scheduled_time) is the lease: a second claim of the same
-- run fails on the UNIQUE constraint, so overlaps and retries do no double work.
-- status: running | ok | partial (some sources failed) | failed. errors: JSON array of {source, message}.
CREATE TABLE IF NOT EXISTS job_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  job TEXT NOT NULL,
  cron TEXT NOT NULL,
  scheduled_time TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  items INTEGER NOT NULL DEFAULT 0,
  errors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(errors)),
  UNIQUE (cron, scheduled_time)
);
CREATE INDEX IF NOT EXISTS job_runs_recent ON job_runs (started_at DESC);

-- changes: append-only log of dossier changes, in commit order (seq is monotonic, never reused).
-- action: added | updated | retracted. Feeds the change feed (JSON, Atom) and the cache versions.
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  pair TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('added', 'updated', 'retracted')),
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_pair ON changes (pair, seq);

-- Version bump: each change moves its pair's version (and the global one) to its seq.
CREATE TRIGGER IF NOT EXISTS changes_bump_version AFTER INSERT ON changes
BEGIN
  UPDATE pairs SET version = NEW.seq, updated_at = NEW.at WHERE key = NEW.pair;
  UPDATE meta SET value = CAST(NEW.seq AS TEXT) WHERE key = 'global_version';
END;

-- Change capture. Store functions only write rows that really differ (upserts guarded by WHERE),
-- so an idempotent re-run fires none of these.
CREATE TRIGGER IF NOT EXISTS pairs_added AFTER INSERT ON pairs
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.key, 'pair', NEW.key, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS tracks_added AFTER INSERT ON tracks
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'track', NEW.slug, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS tracks_updated AFTER UPDATE ON tracks
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'track', NEW.slug, 'updated', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS commitments_added AFTER INSERT ON commitments
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'commitment', NEW.id, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS commitments_updated AFTER UPDATE ON commitments
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'commitment', NEW.id, 'updated', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS events_added AFTER INSERT ON events
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'event', NEW.id, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- Only visible columns count: `entities` (clustering keys) changes are not dossier changes.
CREATE TRIGGER IF NOT EXISTS events_updated AFTER UPDATE OF date, end_date, date_evidence, kind, place, titles, origin ON events
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'event', NEW.id, 'updated', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS positions_added AFTER INSERT ON positions
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'position', NEW.id, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS positions_updated AFTER UPDATE ON positions
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'position', NEW.id, 'updated', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS claims_added AFTER INSERT ON claims
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at) VALUES (NEW.pair, 'claim', NEW.id, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- A claim rejected by a reviewer or retracted by a re-analysis is logged as 'retracted'.
CREATE TRIGGER IF NOT EXISTS claims_updated AFTER UPDATE ON claims
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at)
  VALUES (NEW.pair, 'claim', NEW.id,
    CASE WHEN NEW.review = 'rejected' OR NEW.retracted_at IS NOT NULL THEN 'retracted' ELSE 'updated' END,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER IF NOT EXISTS claim_sources_added AFTER INSERT ON claim_sources
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at)
  SELECT pair, 'source', NEW.claim_id || '/' || NEW.article_id, 'added', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM claims WHERE id = NEW.claim_id;
END;
-- A source retracted by a re-analysis (or supporting its claim again) is a change of the dossier's sources.
CREATE TRIGGER IF NOT EXISTS claim_sources_retracted AFTER UPDATE OF retracted_at ON claim_sources
WHEN OLD.retracted_at IS NOT NEW.retracted_at
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at)
  SELECT pair, 'source', NEW.claim_id || '/' || NEW.article_id,
    CASE WHEN NEW.retracted_at IS NULL THEN 'added' ELSE 'retracted' END, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM claims WHERE id = NEW.claim_id;
END;

-- dead_letters: ingest messages the queue gave up on (after max_retries they move to the dead-letter queue,
-- whose consumer stores them here). `body` is the message as JSON; an admin lists them and replays one, which
-- sends its body to the ingest queue again and stamps `replayed_at`. Lifecycle: docs/jobs.md.
CREATE TABLE IF NOT EXISTS dead_letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  replayed_at TEXT
);
CREATE INDEX IF NOT EXISTS dead_letters_recent ON dead_letters (id DESC);

-- reanalysis_jobs: one POST /v1/admin/jobs/reanalyze. Its scope (pair, since/until: ingestion days, inclusive),
-- whether it only reports (dry_run), the pipeline version it runs, and its progress: total articles sent to the
-- queue in batches, done and failed as the consumer goes (errors: JSON array of {source, message}, capped).
-- Finished when done + failed = total (finished_at set by the batch that completes it). docs/jobs.md.
CREATE TABLE IF NOT EXISTS reanalysis_jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  pair TEXT,
  since TEXT,
  until TEXT,
  dry_run INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
  pipeline_version TEXT NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  errors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(errors)),
  created_at TEXT NOT NULL,
  finished_at TEXT
);

-- reanalysis_job_pairs: per job and pair, the machine claims the re-analysis added, retracted or moved (to
-- another event, commitment or track); what a dry run reports, what a real run did. Counters are added to
-- atomically by each batch.
CREATE TABLE IF NOT EXISTS reanalysis_job_pairs (
  job_id INTEGER NOT NULL REFERENCES reanalysis_jobs (id),
  pair TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  retracted INTEGER NOT NULL DEFAULT 0,
  moved INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (job_id, pair)
) WITHOUT ROWID;
