-- Migration 0007: how many instruments a commitment stands for. 1 for an instrument of its own; more for a batch
-- the sources sign together without telling its instruments apart ("seven memoranda were signed"), less those
-- they name on their own. Existing rows are single instruments.
ALTER TABLE commitments ADD COLUMN instruments INTEGER NOT NULL DEFAULT 1 CHECK (instruments >= 1);
