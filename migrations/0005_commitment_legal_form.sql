-- Migration 0003: a commitment's legal form (treaty, agreement, memorandum, programme, declaration,
-- joint-statement: LEGAL_FORMS of src/schemas/vocabulary.ts), for "is it binding?". NULL where no report
-- names the instrument. Existing rows keep NULL until a report (or the seed) names their form.
ALTER TABLE commitments ADD COLUMN legal_form TEXT CHECK (legal_form IS NULL OR legal_form IN ('treaty', 'agreement', 'memorandum', 'programme', 'declaration', 'joint-statement'));
