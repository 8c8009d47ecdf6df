// Synthetic pairs for the size benchmark: DE-FR with 10 events and ES-IT with 100,000, each event with
// one track link, one dated claim and one source. Generated in SQL (recursive CTE), so no fixture file
// is needed. The change triggers fire as for real ingestion (one change row per inserted entity).

const AT = "2026-01-01T00:00:00.000Z";

/** SQL creating one synthetic pair with `events` events. Safe to run on a database that lacks it. */
export function syntheticPairSql(pair, events, sector) {
  const tag = pair.replace("-", "").toLowerCase();
  const article = `ar_bench_${tag}`;
  return `
INSERT INTO pairs (key, created_at, updated_at) VALUES ('${pair}', '${AT}', '${AT}') ON CONFLICT DO NOTHING;
INSERT INTO tracks (pair, slug, sector, titles, status, origin, created_at, updated_at)
  VALUES ('${pair}', 'bench-trade', '${sector}', '{"en":"Synthetic trade talks"}', 'active', 'machine', '${AT}', '${AT}') ON CONFLICT DO NOTHING;
INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, fetched_at, origin)
  VALUES ('${article}', 'https://bench.invalid/${tag}', 'bench-${tag}', 'Bench Wire', 'en', 'Synthetic report', '2026-01-01', '${AT}', 'feed') ON CONFLICT DO NOTHING;
INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
  VALUES ('cl_bench_${tag}_track', '${pair}', 'track', 'bench-trade', 'exists', 'true', 'machine', 0.9, '${AT}', '${AT}') ON CONFLICT DO NOTHING;
INSERT INTO claim_sources (claim_id, article_id, language, first_seen, last_seen)
  VALUES ('cl_bench_${tag}_track', '${article}', 'en', '${AT}', '${AT}') ON CONFLICT DO NOTHING;
INSERT INTO events (id, pair, date, date_evidence, kind, titles, origin, created_at, updated_at)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${events})
  SELECT printf('ev_bench_${tag}_%06d', i), '${pair}', date('2000-01-01', '+' || (i % 9000) || ' days'), 'explicit', 'meeting',
    json_object('en', 'Synthetic meeting ' || i), 'machine', '${AT}', '${AT}' FROM n WHERE true
  ON CONFLICT DO NOTHING;
INSERT INTO event_tracks (event_id, pair, track) SELECT id, pair, 'bench-trade' FROM events WHERE pair = '${pair}' ON CONFLICT DO NOTHING;
INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
  SELECT 'cl_' || id, pair, 'event', id, 'date', date, 'machine', 0.8, '${AT}', '${AT}' FROM events WHERE pair = '${pair}' ON CONFLICT DO NOTHING;
INSERT INTO claim_sources (claim_id, article_id, language, first_seen, last_seen)
  SELECT 'cl_' || id, '${article}', 'en', '${AT}', '${AT}' FROM events WHERE pair = '${pair}' ON CONFLICT DO NOTHING;
`;
}
