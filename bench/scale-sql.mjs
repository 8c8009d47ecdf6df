// The synthetic database of `npm run bench:scale`, generated in bulk SQL (recursive CTEs, no API, no fixture
// file): `pairs` pairs of UN members, one hot pair with `hotEvents` events, `articles` articles (a tenth about the
// hot pair, the rest spread evenly) with realistic MinHash signatures, LSH bands and resolutions, and exactly
// `claims` claims with one source each (three in ten with a second). Every other pair has 3 tracks,
// 4 commitments (with a status step), 2 positions and 40 events. The change triggers fire as for real ingestion,
// so the change log and the versions are those a real database of this size would hold.
import { readFileSync } from "node:fs";

const AT = "2026-01-01T00:00:00.000Z";
export const HOT_PAIR = "ES-IT";
/** Events of every pair but the hot one. */
export const EVENTS_PER_PAIR = 40;
const TRACKS = ["bench-a", "bench-b", "bench-c"];

/** `count` pair keys of UN members (sorted codes), the hot pair first; the seeded KZ-MA is left out. */
export function pairKeys(count) {
  const codes = JSON.parse(readFileSync("seed/un-members.json", "utf8")).members.sort();
  const keys = [HOT_PAIR];
  for (let i = 0; i < codes.length && keys.length < count; i++)
    for (let j = i + 1; j < codes.length && keys.length < count; j++) {
      const key = `${codes[i]}-${codes[j]}`;
      if (key !== HOT_PAIR && key !== "KZ-MA") keys.push(key);
    }
  return keys;
}

/** How the generator spends the claims: three per event, 17 per pair, the rest as conflicting event dates. */
export function claimPlan({ pairs, hotEvents, claims }) {
  const events = hotEvents + (pairs - 1) * EVENTS_PER_PAIR;
  const base = 3 * events + 17 * pairs;
  const filler = claims - base;
  if (filler < 0 || filler > (pairs - 1) * EVENTS_PER_PAIR)
    throw new Error(`cannot make ${claims} claims from ${events} events and ${pairs} pairs`);
  return { events, filler };
}

// A signature of 64 ints as the pipeline stores it (~700 bytes), varied per article by its number.
const MINHASH_TAIL = Array.from({ length: 63 }, (_, i) => (2654435761 * (i + 1)) % 4294967296).join(",");

/** The SQL statements (one string each) that build the synthetic data on top of schema.sql and seed/. */
export function scaleSql({ pairs, hotEvents, articles, claims, sector }) {
  const keys = pairKeys(pairs);
  const hotArticles = Math.floor(articles / 10);
  const per = Math.floor((articles - hotArticles) / (pairs - 1));
  const cnt0 = articles - per * (pairs - 1);
  const { filler } = claimPlan({ pairs, hotEvents, claims });
  const s = [];
  // k, key, and the range of article numbers about the pair.
  s.push(
    `CREATE TABLE bench_pairs (k INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, base INTEGER NOT NULL, cnt INTEGER NOT NULL)`,
  );
  s.push(`INSERT INTO bench_pairs (k, key, base, cnt)
SELECT CAST(key AS INTEGER), value, CASE WHEN CAST(key AS INTEGER) = 0 THEN 0 ELSE ${cnt0} + (CAST(key AS INTEGER) - 1) * ${per} END,
  CASE WHEN CAST(key AS INTEGER) = 0 THEN ${cnt0} ELSE ${per} END
FROM json_each('${JSON.stringify(keys)}')`);
  s.push(`INSERT INTO pairs (key, created_at, updated_at) SELECT key, '${AT}', '${AT}' FROM bench_pairs ORDER BY k`);
  s.push(`INSERT INTO tracks (pair, slug, sector, titles, status, last_activity, origin, created_at, updated_at)
SELECT p.key, t.value, '${sector}', json_object('en', 'Synthetic ' || t.value), 'active', '2025-12-01', 'machine', '${AT}', '${AT}'
FROM bench_pairs p, json_each('${JSON.stringify(TRACKS)}') t`);
  // Articles: number n is about the pair whose range holds it.
  s.push(`INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, published_at, fetched_at, origin, text_length, minhash, resolution)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${articles - 1})
SELECT printf('ar_s%014d', i), 'https://bench.invalid/reports/' || i, printf('%064d', i), 'Bench Wire ' || (i % 40), 'en',
  'Synthetic report number ' || i || ' on the talks of the two foreign ministers',
  date('2020-01-01', '+' || (i % 2190) || ' days'), date('2020-01-01', '+' || (i % 2190) || ' days'), '${AT}', 'feed', 2400 + i % 3000,
  '[' || ((i * 40503) % 4294967296) || ',${MINHASH_TAIL}]',
  json_object('id', printf('ar_s%014d', i), 'language', 'en', 'pairs', json_array('XX-YY'), 'events', json_array(printf('ev_s_%06d', i)),
    'sectors', json_array('${sector}'), 'tracks', json_array('bench-a', 'bench-b'), 'commitments', json_array(), 'syndicatedOf', NULL)
FROM n`);
  s.push(`INSERT INTO article_pairs (article_id, pair, score)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${articles - 1})
SELECT printf('ar_s%014d', i), p.key, 3.5
FROM n JOIN bench_pairs p ON p.k = CASE WHEN i < ${cnt0} THEN 0 ELSE 1 + (i - ${cnt0}) / ${per} END`);
  s.push(`INSERT INTO article_bands (band, article_id)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${articles - 1}), b(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM b WHERE j < 15)
SELECT printf('b%d:%08x', j, (i * 2654435761 + j * 40503) % 4294967296), printf('ar_s%014d', i) FROM n, b`);
  // Events: the hot pair's, then 40 for every other pair.
  s.push(`INSERT INTO events (id, pair, date, date_evidence, kind, place, titles, entities, origin, created_at, updated_at)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${hotEvents - 1})
SELECT printf('ev_s0_%06d', i), '${HOT_PAIR}', date('2000-01-01', '+' || (i % 9000) || ' days'), 'explicit', 'meeting', 'Madrid',
  json_object('en', 'Synthetic meeting ' || i), '["madrid"]', 'machine', '${AT}', '${AT}' FROM n`);
  s.push(`INSERT INTO events (id, pair, date, date_evidence, kind, place, titles, entities, origin, created_at, updated_at)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${EVENTS_PER_PAIR - 1})
SELECT printf('ev_s%d_%06d', p.k, n.i), p.key, date('2018-01-01', '+' || ((n.i * 53 + p.k) % 2900) || ' days'), 'explicit', 'visit', 'Capital',
  json_object('en', 'Synthetic visit ' || n.i), '["capital"]', 'machine', '${AT}', '${AT}' FROM bench_pairs p, n WHERE p.k > 0`);
  s.push(`INSERT INTO event_tracks (event_id, pair, track)
SELECT id, pair, CASE rowid % 3 WHEN 0 THEN 'bench-a' WHEN 1 THEN 'bench-b' ELSE 'bench-c' END FROM events WHERE id GLOB 'ev_s*'`);
  s.push(`INSERT INTO commitments (id, pair, track, kind, legal_form, titles, status, signed_on, effective_on, origin, created_at, updated_at)
SELECT printf('cm_s%d_%d', p.k, c.value), p.key, 'bench-' || char(97 + c.value % 3), 'agreement', 'agreement',
  json_object('en', 'Synthetic agreement ' || c.value), 'signed', '2024-06-01', NULL, 'machine', '${AT}', '${AT}'
FROM bench_pairs p, json_each('[0,1,2,3]') c`);
  s.push(`INSERT INTO commitment_status_history (commitment_id, status, on_date, article_id, actor, recorded_at)
SELECT id, 'signed', '2024-06-01', NULL, 'machine', '${AT}' FROM commitments WHERE id GLOB 'cm_s*'`);
  s.push(`INSERT INTO positions (id, pair, holder, issue, stance, statements, first_stated, last_reaffirmed, origin, created_at, updated_at)
SELECT printf('po_s%d_%d', p.k, c.value), p.key, substr(p.key, 1 + 3 * c.value, 2), 'bench-issue', 'supports',
  json_object('en', 'Supports the synthetic issue'), '2023-01-01', '2025-01-01', 'machine', '${AT}', '${AT}'
FROM bench_pairs p, json_each('[0,1]') c`);
  // Claims: three per event, 17 per pair (3 tracks, 4 x 3 commitment fields, 2 stances), conflicting dates to fill.
  s.push(`INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
SELECT 'cl_' || e.id || '_' || f.value, e.pair, 'event', e.id, f.value,
  CASE f.value WHEN 'date' THEN e.date WHEN 'place' THEN e.place ELSE e.kind END, 'machine', 0.8, '${AT}', '${AT}'
FROM events e, json_each('["date","place","kind"]') f WHERE e.id GLOB 'ev_s*'`);
  s.push(`INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
SELECT 'cl_' || t.pair || '_' || t.slug, t.pair, 'track', t.slug, 'mentioned', 'true', 'machine', 0.7, '${AT}', '${AT}'
FROM tracks t WHERE t.slug GLOB 'bench-*'`);
  s.push(`INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
SELECT 'cl_' || m.id || '_' || f.value, m.pair, 'commitment', m.id, f.value,
  CASE f.value WHEN 'status' THEN 'signed' WHEN 'signed_on' THEN '2024-06-01' ELSE '2025-01-01' END, 'machine', 0.8, '${AT}', '${AT}'
FROM commitments m, json_each('["status","signed_on","effective_on"]') f WHERE m.id GLOB 'cm_s*'`);
  s.push(`INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
SELECT 'cl_' || id, pair, 'position', id, 'stance', 'supports', 'machine', 0.7, '${AT}', '${AT}' FROM positions WHERE id GLOB 'po_s*'`);
  s.push(`INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
SELECT 'cl_' || e.id || '_conflict', e.pair, 'event', e.id, 'date', date(e.date, '+1 day'), 'machine', 0.5, '${AT}', '${AT}'
FROM events e WHERE e.id GLOB 'ev_s*' AND e.pair != '${HOT_PAIR}' ORDER BY e.rowid LIMIT ${filler}`);
  // Sources: each claim one article of its pair, three in ten a second one.
  s.push(`INSERT INTO claim_sources (claim_id, article_id, quote, quote_start, quote_end, language, first_seen, last_seen)
SELECT c.id, printf('ar_s%014d', p.base + c.rowid % p.cnt), 'the two ministers met and agreed to continue', 120, 166, 'en', '${AT}', '${AT}'
FROM claims c JOIN bench_pairs p ON p.key = c.pair WHERE c.id GLOB 'cl_*' AND c.created_at = '${AT}' AND c.origin = 'machine'`);
  s.push(`INSERT INTO claim_sources (claim_id, article_id, quote, quote_start, quote_end, language, first_seen, last_seen)
SELECT c.id, printf('ar_s%014d', p.base + (c.rowid * 7 + 1) % p.cnt), 'the sides confirmed the date of the meeting', 300, 344, 'en', '${AT}', '${AT}'
FROM claims c JOIN bench_pairs p ON p.key = c.pair WHERE c.rowid % 10 < 3 AND c.created_at = '${AT}' AND c.origin = 'machine'
ON CONFLICT DO NOTHING`);
  s.push("DROP TABLE bench_pairs");
  return s;
}
