-- Migration 0002: dead letters of the ingest queue, kept for an admin to list and replay.
CREATE TABLE IF NOT EXISTS dead_letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  replayed_at TEXT
);
CREATE INDEX IF NOT EXISTS dead_letters_recent ON dead_letters (id DESC);
