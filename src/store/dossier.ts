/**
 * Reading a dossier: one `DB.batch` (one round trip) whatever the number of tracks, events and sources.
 * Event lists are paged (newest first, keyset on date and id), so a pair with 100k events reads no more
 * rows than one with 10.
 */
import type { Db } from "./db";
import { LIVE_EVENT } from "./live-events";
import type { ClaimedRow, CommitmentRow, EventRow, PairRow, PositionRow, SectorRow, SourceRow, TrackRow } from "./rows";
import { SECTORS_SQL } from "./sectors";
import { SOURCES_SHOWN } from "./sources";

export interface DossierRows {
  pair: PairRow;
  tracks: TrackRow[];
  commitments: CommitmentRow[];
  events: EventRow[];
  positions: PositionRow[];
  sources: SourceRow[];
  sectors: SectorRow[];
  /** Values claimed by sources for dated or contested fields (absent where not read, e.g. a track page). */
  claimed?: ClaimedRow[];
}

export interface EventCursor {
  date: string;
  id: string;
}

const TRACKS_SQL = `
SELECT t.slug, t.sector, t.titles, t.status, t.last_activity, t.origin,
  -- Two indexed branches (not one OR): with the OR, SQLite read every claim of the pair per track
  -- (~1 s per dossier at 100k events); see test/unit/query-plan.test.ts.
  (SELECT count(DISTINCT cs.article_id) FROM claim_sources cs
    WHERE cs.retracted_at IS NULL AND cs.claim_id IN (
      SELECT c.id FROM claims c
        WHERE c.pair = t.pair AND c.subject_type = 'track' AND c.subject_id = t.slug AND c.review != 'rejected' AND c.retracted_at IS NULL
      UNION ALL
      SELECT c.id FROM commitments m JOIN claims c ON c.pair = m.pair AND c.subject_type = 'commitment' AND c.subject_id = m.id
        WHERE m.pair = t.pair AND m.track = t.slug AND c.review != 'rejected' AND c.retracted_at IS NULL)
  ) AS source_count
FROM tracks t JOIN sectors s ON s.slug = t.sector
WHERE t.pair = ?1
ORDER BY s.position, t.slug`;

const COMMITMENTS_SQL = `
SELECT c.id, c.track, c.kind, c.legal_form, c.instruments, c.titles, c.status, c.signed_on, c.effective_on, c.origin,
  (SELECT json_group_array(json_object('status', h.status, 'on', h.on_date))
     FROM (SELECT status, on_date FROM commitment_status_history WHERE commitment_id = c.id ORDER BY on_date, recorded_at) h) AS history
FROM commitments c
WHERE c.pair = ?1
ORDER BY coalesce(c.effective_on, c.signed_on, '9999') DESC, c.id`;

const POSITIONS_SQL = `
SELECT id, holder, issue, stance, statements, first_stated, last_reaffirmed, origin
FROM positions WHERE pair = ?1 ORDER BY last_reaffirmed DESC, id`;

// root: the original of a syndicated copy (two steps: a copy of a copy), so copies count once.
// supports: whether the article states a commitment's current status, or the date of that status.
const SOURCE_COLUMNS = `c.subject_type, c.subject_id, a.id AS article_id, a.outlet, a.language, a.url, a.title, a.published_on,
  coalesce((SELECT o.syndicated_of FROM articles o WHERE o.id = a.syndicated_of), a.syndicated_of, a.id) AS root,
  max(c.subject_type = 'commitment' AND EXISTS (SELECT 1 FROM commitments m WHERE m.id = c.subject_id AND (
    (c.predicate = 'status' AND c.value = m.status) OR (c.predicate = 'signed_on' AND m.status = 'signed')
    OR (c.predicate = 'effective_on' AND m.status = 'in_force')))) AS supports,
  max(cs.origin = 'machine') AS machine
FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id AND cs.retracted_at IS NULL JOIN articles a ON a.id = cs.article_id`;

/**
 * Keeps the SOURCES_SHOWN newest sources of each event and commitment (positions keep all theirs: a stance
 * has a handful), each row carrying its subject's total so the dossier can say how many exist. The rest are
 * read through the paged sources routes (store/sources.ts). `grouped` is one of the constant queries below.
 */
function capped(grouped: string): string {
  return `
SELECT * FROM (
  SELECT g.*,
    row_number() OVER (PARTITION BY g.subject_type, g.subject_id ORDER BY coalesce(g.published_on, '') DESC, g.article_id DESC) AS rank,
    count(*) OVER (PARTITION BY g.subject_type, g.subject_id) AS total
  FROM (${grouped}) g
) ranked
WHERE ranked.rank <= ${SOURCES_SHOWN} OR ranked.subject_type = 'position'
ORDER BY ranked.published_on, ranked.article_id`;
}

const ITEM_SOURCES_SQL = capped(`
SELECT ${SOURCE_COLUMNS}
WHERE c.pair = ?1 AND c.subject_type IN ('commitment', 'position') AND c.review != 'rejected' AND c.retracted_at IS NULL
GROUP BY c.subject_type, c.subject_id, a.id`);

/** Every value sources give for a dated or contested field (for flagging disagreements; one row per subject and predicate). */
const CLAIMED_COLUMNS =
  "c.subject_type, c.subject_id, c.predicate, json_group_array(DISTINCT c.value) AS vals FROM claims c";

const ITEM_CLAIMED_SQL = `
SELECT ${CLAIMED_COLUMNS}
WHERE c.pair = ?1 AND c.subject_type IN ('commitment', 'position') AND c.review != 'rejected' AND c.retracted_at IS NULL
  AND c.predicate IN ('signed_on', 'effective_on', 'stance', 'legal_form', 'instruments')
GROUP BY c.subject_type, c.subject_id, c.predicate`;

const PAIR_SQL = "SELECT key, version, created_at, updated_at FROM pairs WHERE key = ?1";

/** The three reads of a set of events: the events, their capped sources and their claimed dates. */
interface EventQueries {
  events: string;
  sources: string;
  claimed: string;
}

/** The queries of the events `selection` picks (`FROM … LIMIT` over `events e`, newest first). */
function eventQueries(selection: string): EventQueries {
  const ids = `c.subject_id IN (SELECT e.id ${selection})`;
  return {
    events: `
SELECT e.id, e.date, e.end_date, e.date_evidence, e.kind, e.place, e.titles, e.origin,
  (SELECT json_group_array(track) FROM event_tracks WHERE event_id = e.id) AS tracks
${selection}`,
    sources: capped(`
SELECT ${SOURCE_COLUMNS}
WHERE c.pair = ?1 AND c.subject_type = 'event' AND c.review != 'rejected' AND c.retracted_at IS NULL AND ${ids}
GROUP BY c.subject_type, c.subject_id, a.id`),
    claimed: `
SELECT ${CLAIMED_COLUMNS}
WHERE c.pair = ?1 AND c.subject_type = 'event' AND c.review != 'rejected' AND c.retracted_at IS NULL AND c.predicate = 'date' AND ${ids}
GROUP BY c.subject_type, c.subject_id, c.predicate`,
  };
}

/** A page of the pair's events: ?2 = limit, ?3/?4 = cursor (date, id) or NULL. */
const PAGE_EVENTS = eventQueries(`FROM events e
WHERE e.pair = ?1 AND (?3 IS NULL OR (e.date, e.id) < (?3, ?4)) AND ${LIVE_EVENT}
ORDER BY e.date DESC, e.id DESC
LIMIT ?2`);

/** The latest events of one track: ?2 = track, ?3 = limit. */
const TRACK_EVENTS = eventQueries(`FROM event_tracks et JOIN events e ON e.id = et.event_id
WHERE et.pair = ?1 AND et.track = ?2 AND ${LIVE_EVENT}
ORDER BY e.date DESC, e.id DESC
LIMIT ?3`);

type Bind = string | number | null;

/** The three statements of a set of events, bound alike. */
function eventStatements(db: Db, queries: EventQueries, binds: Bind[]): D1PreparedStatement[] {
  return [queries.events, queries.sources, queries.claimed].map((sql) => db.prepare(sql).bind(...binds));
}

function pageBinds(pair: string, limit: number, cursor: EventCursor | undefined): Bind[] {
  return [pair, limit, cursor?.date ?? null, cursor?.id ?? null];
}

function rowsOf<T>(result: D1Result | undefined): T[] {
  return (result?.results ?? []) as unknown as T[];
}

/**
 * Reads a pair's rows in one batch: the pair, its tracks, commitments and sectors, the sources and claimed
 * values of its commitments and positions, the three statements of `events`, and its positions when asked.
 * Returns undefined when the pair is not tracked.
 */
async function readPairRows(
  db: Db,
  pair: string,
  events: D1PreparedStatement[],
  withPositions: boolean,
): Promise<DossierRows | undefined> {
  const [pairRes, tracks, commitments, sectors, itemSources, itemClaimed, ev, evSources, evClaimed, positions] =
    await db.batch([
      db.prepare(PAIR_SQL).bind(pair),
      db.prepare(TRACKS_SQL).bind(pair),
      db.prepare(COMMITMENTS_SQL).bind(pair),
      db.prepare(SECTORS_SQL),
      db.prepare(ITEM_SOURCES_SQL).bind(pair),
      db.prepare(ITEM_CLAIMED_SQL).bind(pair),
      ...events,
      ...(withPositions ? [db.prepare(POSITIONS_SQL).bind(pair)] : []),
    ]);
  const pairRow = pairRes?.results[0] as PairRow | undefined;
  if (!pairRow) return undefined;
  return {
    pair: pairRow,
    tracks: rowsOf<TrackRow>(tracks),
    commitments: rowsOf<CommitmentRow>(commitments),
    events: rowsOf<EventRow>(ev),
    positions: rowsOf<PositionRow>(positions),
    sectors: rowsOf<SectorRow>(sectors),
    sources: [...rowsOf<SourceRow>(itemSources), ...rowsOf<SourceRow>(evSources)],
    claimed: [...rowsOf<ClaimedRow>(itemClaimed), ...rowsOf<ClaimedRow>(evClaimed)],
  };
}

/** The number of D1 statements one uncached dossier costs (all in one batch). */
export const DOSSIER_STATEMENTS = 10;

/**
 * Reads everything a dossier needs in one batch. `eventLimit` events are returned (fetch limit+1 to
 * know whether a next page exists). Returns undefined when the pair is not tracked.
 */
export async function readDossierRows(
  db: Db,
  pair: string,
  eventLimit: number,
  cursor?: EventCursor,
): Promise<DossierRows | undefined> {
  return readPairRows(db, pair, eventStatements(db, PAGE_EVENTS, pageBinds(pair, eventLimit, cursor)), true);
}

/** Reads one page of a pair's events with their sources (one batch). */
export async function readEventPage(
  db: Db,
  pair: string,
  limit: number,
  cursor?: EventCursor,
): Promise<{ events: EventRow[]; sources: SourceRow[]; claimed: ClaimedRow[] }> {
  const [events, sources, claimed] = await db.batch(eventStatements(db, PAGE_EVENTS, pageBinds(pair, limit, cursor)));
  return { events: rowsOf(events), sources: rowsOf(sources), claimed: rowsOf(claimed) };
}

/**
 * Reads one track of a pair: the pair's tracks (filtered by the caller), its commitments and sources,
 * and the track's latest events, in one batch (positions are not read).
 */
export async function readTrackRows(
  db: Db,
  pair: string,
  track: string,
  eventLimit: number,
): Promise<DossierRows | undefined> {
  const rows = await readPairRows(db, pair, eventStatements(db, TRACK_EVENTS, [pair, track, eventLimit]), false);
  return rows && { ...rows, commitments: rows.commitments.filter((c) => c.track === track) };
}
