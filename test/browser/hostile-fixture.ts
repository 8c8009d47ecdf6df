/**
 * Test-only SQL applied to the browser tests' own D1 after schema.sql and seed/: a hostile feed article
 * (markup in its title, a javascript: URL) claimed as a source of a seeded event. The browser must show
 * the title as text and run nothing.
 */
export const HOSTILE_TITLE = "<img src=x onerror=alert(1)>";

/** The fixture SQL (idempotent, like the seed). */
export const HOSTILE_SQL = `
INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, fetched_at, origin)
  VALUES ('ar_browser_hostile', 'javascript:alert(2)', 'browser:hostile', 'Hostile outlet <svg onload=alert(3)>', 'en',
    '${HOSTILE_TITLE}', '2024-09-27', '2026-01-01T00:00:00.000Z', 'feed') ON CONFLICT DO NOTHING;
INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
  VALUES ('cl_browser_hostile', 'KZ-MA', 'event', 'ev_kzma_20240926_visa_signing', 'mentions', 'hostile', 'machine', 0.5,
    'unreviewed', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') ON CONFLICT DO NOTHING;
INSERT INTO claim_sources (claim_id, article_id, quote, language, first_seen, last_seen)
  VALUES ('cl_browser_hostile', 'ar_browser_hostile', NULL, 'en', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') ON CONFLICT DO NOTHING;
`;
