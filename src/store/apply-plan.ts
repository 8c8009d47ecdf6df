/**
 * Applying an ingest plan: one statement list per part of the dossier, run as one D1 batch (one transaction).
 * Writes are upserts guarded so that re-applying the same plan changes nothing.
 */
import type { Db } from "./db";
import { EVIDENCE_RANK, STATUS_RANK } from "../ingest/plan/ranks";
import type { WritePlan } from "../ingest/plan/types";
import { EVIDENCE_RANK_SQL, STATUS_RANK_SQL } from "./vocabulary-sql";

/**
 * Applies a plan in one batch (D1 runs a batch as one transaction: all or nothing). The article insert has no
 * ON CONFLICT: when a concurrent ingest stored the same article first, the whole batch fails and rolls back,
 * and the caller answers it as a duplicate (see `isArticleConflict` in store/ingest.ts).
 * Versions bump inside this batch: schema.sql's `*_added` / `*_updated` triggers log to `changes`, and
 * `changes_bump_version` moves the pair's and the global version; the caller then calls `dossierChanged`.
 */
export async function applyPlan(db: Db, plan: WritePlan, now: string): Promise<void> {
  await db.batch([...pairWrites(db, plan, now), ...articleWrites(db, plan, now), ...dossierWrites(db, plan, now)]);
}

/** The plan's writes to the dossier itself (tracks, events, commitments, positions, claims), article aside. */
export function dossierWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  return [
    ...trackWrites(db, plan, now),
    ...eventWrites(db, plan, now),
    ...commitmentWrites(db, plan, now),
    ...positionWrites(db, plan, now),
    ...claimWrites(db, plan, now),
  ];
}

/** A bound value: arrays and objects (titles, entities, statements) are stored as JSON text. */
function column(value: unknown): unknown {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : value;
}

/** One statement of `sql`, bound to `values`. */
function bound(db: Db, sql: string, values: readonly unknown[]): D1PreparedStatement {
  return db.prepare(sql).bind(...values.map(column));
}

/** One statement of the same SQL per item, in the items' order (the order the change log records). */
function each<T>(db: Db, sql: string, items: readonly T[], binds: (item: T) => unknown[]): D1PreparedStatement[] {
  return items.map((item) => bound(db, sql, binds(item)));
}

const INSERT_PAIR =
  "INSERT INTO pairs (key, version, created_at, updated_at) VALUES (?1, 0, ?2, ?2) ON CONFLICT DO NOTHING";

/** The pairs this report makes tracked. */
export function pairWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  return each(db, INSERT_PAIR, plan.newPairs, (pair) => [pair, now]);
}

const INSERT_ARTICLE = `INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, published_at, fetched_at, origin, feed_id, syndicated_of, text_length, minhash, resolution, pipeline_version)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)`;
const INSERT_BAND = "INSERT INTO article_bands (band, article_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING";
const INSERT_ARTICLE_PAIR =
  "INSERT INTO article_pairs (article_id, pair, score) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

/** ?1..?16 of INSERT_ARTICLE. */
function articleBinds(plan: WritePlan, now: string): unknown[] {
  const a = plan.article;
  const head = [a.id, a.url, a.contentHash, a.outlet, a.language, a.title, a.publishedOn, a.publishedAt, now];
  return [...head, a.origin, a.feedId, a.syndicatedOf, a.textLength, a.minhash, plan.resolution, a.pipelineVersion];
}

/** The article, its LSH bands and the pairs it is about. */
function articleWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  const a = plan.article;
  return [
    bound(db, INSERT_ARTICLE, articleBinds(plan, now)),
    ...each(db, INSERT_BAND, a.bands, (band) => [band, a.id]),
    ...each(db, INSERT_ARTICLE_PAIR, plan.articlePairs, (ap) => [a.id, ap.pair, ap.score]),
  ];
}

const INSERT_TRACK = `INSERT INTO tracks (pair, slug, sector, titles, status, last_activity, origin, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'exploratory', ?5, 'machine', ?6, ?6) ON CONFLICT DO NOTHING`;
const TOUCH_TRACK =
  "UPDATE tracks SET last_activity = ?3, updated_at = ?4 WHERE pair = ?1 AND slug = ?2 AND (last_activity IS NULL OR last_activity < ?3)";

/** New tracks, and the last activity of the tracks the report touches. */
function trackWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  return [
    ...each(db, INSERT_TRACK, plan.newTracks, (t) => [t.pair, t.slug, t.sector, t.titles, t.lastActivity, now]),
    ...each(db, TOUCH_TRACK, plan.touchedTracks, (t) => [t.pair, t.slug, t.lastActivity, now]),
  ];
}

const INSERT_EVENT = `INSERT INTO events (id, pair, date, end_date, date_evidence, kind, place, titles, entities, origin, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'machine', ?10, ?10) ON CONFLICT DO NOTHING`;
const INSERT_EVENT_TRACK =
  "INSERT INTO event_tracks (event_id, pair, track) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";
const REDATE_EVENT = `UPDATE events SET date = ?2, end_date = coalesce(?3, end_date), date_evidence = ?4, updated_at = ?5
         WHERE id = ?1 AND origin = 'machine' AND ${EVIDENCE_RANK_SQL} < ?6`;
// Entities only help clustering: not a dossier change, so this write is allowed to skip the change log.
const SET_EVENT_ENTITIES = "UPDATE events SET entities = ?2 WHERE id = ?1 AND entities IS NOT ?2";

/** New events, re-dated events (only on better evidence), their tracks and clustering entities. */
function eventWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  const newEvents = plan.newEvents.flatMap((e) => [
    bound(db, INSERT_EVENT, [e.id, e.pair, e.date, e.endDate, e.evidence, e.kind, e.place, e.titles, e.entities, now]),
    ...each(db, INSERT_EVENT_TRACK, e.tracks, (track) => [e.id, e.pair, track]),
  ]);
  return [
    ...newEvents,
    ...each(db, REDATE_EVENT, plan.redatedEvents, (e) => [
      e.id,
      e.date,
      e.endDate,
      e.evidence,
      now,
      EVIDENCE_RANK[e.evidence],
    ]),
    ...each(db, INSERT_EVENT_TRACK, plan.eventTracks, (et) => [et.eventId, et.pair, et.track]),
    ...each(db, SET_EVENT_ENTITIES, plan.eventEntities, (e) => [e.id, e.entities]),
  ];
}

const INSERT_COMMITMENT = `INSERT INTO commitments (id, pair, track, kind, legal_form, titles, status, signed_on, effective_on, origin, created_at, updated_at, instruments)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'machine', ?10, ?10, ?11) ON CONFLICT DO NOTHING`;
// A form is filled in, never replaced: a source naming another form is kept as a conflicting claim.
const FORM_COMMITMENT =
  "UPDATE commitments SET legal_form = ?2, updated_at = ?3 WHERE id = ?1 AND legal_form IS NULL AND origin != 'reviewed'";
// A batch counted larger by a later source grows, never shrinks (the counts of every source stay as claims).
const COUNT_COMMITMENT =
  "UPDATE commitments SET instruments = ?2, updated_at = ?3 WHERE id = ?1 AND instruments < ?2 AND origin != 'reviewed'";
// A reviewed commitment is never moved by machine evidence (reviewed beats machine); its sources still attach.
// Nor is a suspended or terminated one: its rank is NULL, so no comparison holds and no history step is added.
// The rank is checked in SQL, not only in the plan: a plan built on an older read (a concurrent ingest, the
// lifecycle job) must never move a commitment backwards.
const ADVANCE_COMMITMENT = `UPDATE commitments SET status = ?2, signed_on = coalesce(signed_on, ?3), effective_on = coalesce(effective_on, ?4), updated_at = ?5
         WHERE id = ?1 AND origin != 'reviewed' AND ${STATUS_RANK_SQL} < ?6`;
const INSERT_STATUS_STEP = `INSERT INTO commitment_status_history (commitment_id, status, on_date, article_id, actor, recorded_at)
         SELECT ?1, ?2, ?3, ?4, 'machine', ?5 WHERE NOT EXISTS (SELECT 1 FROM commitments WHERE id = ?1 AND origin = 'reviewed')
         AND EXISTS (SELECT 1 FROM commitments WHERE id = ?1 AND ${STATUS_RANK_SQL} >= ?6)
         ON CONFLICT DO NOTHING`;

/** ?1..?11 of INSERT_COMMITMENT. */
function newCommitmentBinds(c: WritePlan["newCommitments"][number], now: string): unknown[] {
  return [
    c.id,
    c.pair,
    c.track,
    c.kind,
    c.legalForm,
    c.titles,
    c.status,
    c.signedOn,
    c.effectiveOn,
    now,
    c.instruments,
  ];
}

/** New commitments, forward moves of existing ones, and their dated status steps. */
function commitmentWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  return [
    ...each(db, INSERT_COMMITMENT, plan.newCommitments, (c) => newCommitmentBinds(c, now)),
    ...each(db, FORM_COMMITMENT, plan.formedCommitments, (c) => [c.id, c.legalForm, now]),
    ...each(db, COUNT_COMMITMENT, plan.countedCommitments, (c) => [c.id, c.instruments, now]),
    ...each(db, ADVANCE_COMMITMENT, plan.advancedCommitments, (c) => [
      c.id,
      c.status,
      c.signedOn,
      c.effectiveOn,
      now,
      STATUS_RANK[c.status],
    ]),
    ...each(db, INSERT_STATUS_STEP, plan.statusSteps, (h) => [
      h.commitmentId,
      h.status,
      h.on,
      plan.article.id,
      now,
      STATUS_RANK[h.status],
    ]),
  ];
}

const INSERT_POSITION = `INSERT INTO positions (id, pair, holder, issue, stance, statements, first_stated, last_reaffirmed, origin, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 'machine', ?8, ?8) ON CONFLICT DO NOTHING`;
const REAFFIRM_POSITION =
  "UPDATE positions SET last_reaffirmed = ?2, updated_at = ?3 WHERE id = ?1 AND last_reaffirmed < ?2";

/** ?1..?8 of INSERT_POSITION. */
function newPositionBinds(p: WritePlan["newPositions"][number], now: string): unknown[] {
  return [p.id, p.pair, p.holder, p.issue, p.stance, p.statements, p.date, now];
}

/** New positions, and reaffirmations of known ones. */
function positionWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  return [
    ...each(db, INSERT_POSITION, plan.newPositions, (p) => newPositionBinds(p, now)),
    ...each(db, REAFFIRM_POSITION, plan.reaffirmedPositions, (p) => [p.id, p.date, now]),
  ];
}

// The claim row is shared by every source asserting the same fact (seeded ones included): only its source is new.
// A source supporting a retracted claim (or a retracted source of its own) again brings it back.
const INSERT_CLAIM = `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
         VALUES ('cl_' || lower(hex(randomblob(8))), ?1, ?2, ?3, ?4, ?5, 'machine', ?6, 'unreviewed', ?7, ?7)
         ON CONFLICT (pair, subject_type, subject_id, predicate, value) DO UPDATE SET retracted_at = NULL, updated_at = ?7
         WHERE retracted_at IS NOT NULL`;
const INSERT_CLAIM_SOURCE = `INSERT INTO claim_sources (claim_id, article_id, quote, quote_start, quote_end, language, first_seen, last_seen)
         SELECT id, ?6, ?7, ?8, ?9, ?10, ?11, ?11 FROM claims
         WHERE pair = ?1 AND subject_type = ?2 AND subject_id = ?3 AND predicate = ?4 AND value = ?5
         ON CONFLICT (claim_id, article_id) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen), retracted_at = NULL
         WHERE last_seen < excluded.last_seen OR retracted_at IS NOT NULL`;

/** Claims (shared by every source of the same fact) and this article as one of their sources, claim by claim. */
function claimWrites(db: Db, plan: WritePlan, now: string): D1PreparedStatement[] {
  const a = plan.article;
  return plan.claims.flatMap((c) => {
    const fact = [c.pair, c.subjectType, c.subjectId, c.predicate, c.value];
    return [
      bound(db, INSERT_CLAIM, [...fact, c.confidence, now]),
      bound(db, INSERT_CLAIM_SOURCE, [...fact, a.id, c.quote, c.quoteStart, c.quoteEnd, a.language, now]),
    ];
  });
}
