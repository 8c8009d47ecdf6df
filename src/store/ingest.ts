/**
 * Ingest I/O: finding duplicates and reading what the planner needs (one batch). Applying the plan is in
 * store/apply-plan.ts.
 */
import type { Db } from "./db";
import type { IngestContext, PairContext } from "../ingest/plan/types";
import type { DateEvidence, EventCandidate } from "../ingest/types";
import { parseJson } from "../lib/json";

/** Days around a report's date within which its pair's events are candidates for clustering. */
export const EVENT_WINDOW_DAYS = 7;

/** An already stored article with the same URL or the same normalized content. */
export async function findDuplicate(
  db: Db,
  url: string | null,
  contentHash: string,
): Promise<{ id: string; resolution: string | null } | null> {
  return db
    .prepare("SELECT id, resolution FROM articles WHERE content_hash = ?2 OR (?1 IS NOT NULL AND url = ?1) LIMIT 1")
    .bind(url, contentHash)
    .first<{ id: string; resolution: string | null }>();
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Reads the context of an ingest: per pair its tracks, commitments, nearby events, positions; LSH neighbours; sectors. */
export async function readIngestContext(
  db: Db,
  pairs: string[],
  date: string | undefined,
  bands: string[],
  now: string,
): Promise<IngestContext> {
  const stmts: D1PreparedStatement[] = [
    db.prepare("SELECT slug, labels FROM sectors"),
    db
      .prepare(
        // Earliest first: when several stored reports are copies, the original is the oldest one.
        `SELECT a.id, a.minhash, (SELECT json_group_array(pair) FROM article_pairs WHERE article_id = a.id) AS pairs
       FROM articles a WHERE a.id IN (SELECT article_id FROM article_bands WHERE band IN (SELECT value FROM json_each(?1)))
       ORDER BY a.fetched_at, a.id LIMIT 50`,
      )
      .bind(JSON.stringify(bands)),
  ];
  for (const pair of pairs) {
    stmts.push(
      db.prepare("SELECT key FROM pairs WHERE key = ?1").bind(pair),
      db.prepare("SELECT slug, sector FROM tracks WHERE pair = ?1").bind(pair),
      db
        .prepare(
          "SELECT id, track, kind, legal_form, instruments, status, signed_on, effective_on, origin FROM commitments WHERE pair = ?1",
        )
        .bind(pair),
      date
        ? db
            .prepare(
              `SELECT e.id, e.date, e.date_evidence, e.entities, e.place, (SELECT json_group_array(track) FROM event_tracks WHERE event_id = e.id) AS tracks
             FROM events e WHERE e.pair = ?1 AND e.date BETWEEN ?2 AND ?3 ORDER BY e.date DESC LIMIT 50`,
            )
            .bind(pair, shift(date, -EVENT_WINDOW_DAYS), shift(date, EVENT_WINDOW_DAYS))
        : db
            .prepare(
              `SELECT e.id, e.date, e.date_evidence, e.entities, e.place, (SELECT json_group_array(track) FROM event_tracks WHERE event_id = e.id) AS tracks
             FROM events e WHERE e.pair = ?1 ORDER BY e.date DESC LIMIT 20`,
            )
            .bind(pair),
      db.prepare("SELECT id, holder, issue, first_stated, last_reaffirmed FROM positions WHERE pair = ?1").bind(pair),
    );
  }
  const results = await db.batch(stmts);
  const rows = (i: number) => (results[i]?.results ?? []) as Record<string, unknown>[];
  const ctx: IngestContext = {
    pairs: new Map(),
    nearDuplicates: rows(1).map((r) => ({
      id: String(r.id),
      minhash: parseJson<number[]>(r.minhash as string | null, []),
      pairs: parseJson<string[]>(r.pairs as string | null, []).sort(),
    })),
    sectorLabels: new Map(
      rows(0).map((r) => [String(r.slug), parseJson<Record<string, string>>(r.labels as string, {})]),
    ),
    now,
  };
  pairs.forEach((pair, k) => {
    const base = 2 + k * 5;
    const pc: PairContext = {
      exists: rows(base).length > 0,
      tracks: rows(base + 1).map((r) => ({ slug: String(r.slug), sector: String(r.sector) })),
      commitments: rows(base + 2).map((r) => ({
        id: String(r.id),
        track: String(r.track),
        kind: r.kind as PairContext["commitments"][number]["kind"],
        legalForm: (r.legal_form as PairContext["commitments"][number]["legalForm"]) ?? null,
        instruments: Number(r.instruments ?? 1),
        status: r.status as PairContext["commitments"][number]["status"],
        signedOn: (r.signed_on as string | null) ?? null,
        effectiveOn: (r.effective_on as string | null) ?? null,
        origin: String(r.origin),
      })),
      events: rows(base + 3).map(
        (r): EventCandidate => ({
          id: String(r.id),
          date: String(r.date),
          dateEvidence: r.date_evidence as DateEvidence,
          tracks: parseJson<string[]>(r.tracks as string, []),
          entities: parseJson<string[]>(r.entities as string, []),
          place: (r.place as string | null) ?? null,
        }),
      ),
      positions: rows(base + 4).map((r) => ({
        id: String(r.id),
        holder: String(r.holder),
        issue: String(r.issue),
        firstStated: String(r.first_stated),
        lastReaffirmed: String(r.last_reaffirmed),
      })),
    };
    ctx.pairs.set(pair, pc);
  });
  return ctx;
}

/** The context of one analysed report: its pairs, its event's date and its LSH bands. */
export function readAnalysisContext(
  db: Db,
  a: { pairs: { key: string }[]; eventDate?: { date: string }; bands: string[] },
  now: string,
): Promise<IngestContext> {
  return readIngestContext(
    db,
    a.pairs.map((p) => p.key),
    a.eventDate?.date,
    a.bands,
    now,
  );
}

/** True when a write failed because the article already exists (same URL or content, stored concurrently). */
export function isArticleConflict(err: unknown): boolean {
  const text = String(err instanceof Error ? `${err.message} ${String(err.cause ?? "")}` : err);
  return /UNIQUE constraint failed: articles\./.test(text);
}
