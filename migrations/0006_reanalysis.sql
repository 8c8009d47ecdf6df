-- Migration 0006: re-analysis of archived reports (docs/jobs.md, "Re-analysis").
-- articles.pipeline_version: the PIPELINE_VERSION that last read the report (NULL: read before versions were kept).
-- claims.retracted_at / claim_sources.retracted_at: when a re-analysis found that no source (or this source) supports
-- a machine claim any more. Retracted rows are kept (history) and hidden from public reads; a later source that
-- supports the claim again clears the mark.
ALTER TABLE articles ADD COLUMN pipeline_version TEXT;
ALTER TABLE claims ADD COLUMN retracted_at TEXT;
ALTER TABLE claim_sources ADD COLUMN retracted_at TEXT;

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

CREATE TABLE IF NOT EXISTS reanalysis_job_pairs (
  job_id INTEGER NOT NULL REFERENCES reanalysis_jobs (id),
  pair TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  retracted INTEGER NOT NULL DEFAULT 0,
  moved INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (job_id, pair)
) WITHOUT ROWID;

-- Re-analysis lists a range of articles by ingestion time.
CREATE INDEX IF NOT EXISTS articles_fetched ON articles (fetched_at, id);

DROP TRIGGER IF EXISTS claims_updated;
CREATE TRIGGER IF NOT EXISTS claims_updated AFTER UPDATE ON claims
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at)
  VALUES (NEW.pair, 'claim', NEW.id,
    CASE WHEN NEW.review = 'rejected' OR NEW.retracted_at IS NOT NULL THEN 'retracted' ELSE 'updated' END,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER IF NOT EXISTS claim_sources_retracted AFTER UPDATE OF retracted_at ON claim_sources
WHEN OLD.retracted_at IS NOT NEW.retracted_at
BEGIN
  INSERT INTO changes (pair, entity_type, entity_id, action, at)
  SELECT pair, 'source', NEW.claim_id || '/' || NEW.article_id,
    CASE WHEN NEW.retracted_at IS NULL THEN 'added' ELSE 'retracted' END, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM claims WHERE id = NEW.claim_id;
END;
