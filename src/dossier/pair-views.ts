/**
 * The pair-scoped views besides the dossier: one track, a page of events, the commitments. Each reads its rows
 * (store) and assembles them (pure), so route handlers only validate and cache. Callers have checked that the
 * pair is tracked (`trackedPair()`); a pair that vanished in between is an invariant failure, not a 404.
 */
import type { Db } from "../store/db";
import type * as v from "valibot";
import type { Locale } from "../i18n/locales";
import type { CommitmentListSchema, EventPageSchema, TrackDetailSchema } from "../schemas/dossier";
import type { CommitmentStatus } from "../schemas/vocabulary";
import { type EventCursor, readDossierRows, readEventPage, readTrackRows } from "../store/dossier";
import { indexClaimed, indexSources, toCommitment, toEvent, toTrack } from "./assemble";
import { DOSSIER_EVENT_LIMIT, eventCursor, sectorLabels, vanished } from "./build";

/** One track with its commitments and latest events; undefined when the pair has no such track. */
export async function buildTrackDetail(
  db: Db,
  pair: string,
  slug: string,
  lang: Locale,
): Promise<v.InferOutput<typeof TrackDetailSchema> | undefined> {
  const rows = (await readTrackRows(db, pair, slug, DOSSIER_EVENT_LIMIT)) ?? vanished(pair);
  const track = rows.tracks.find((t) => t.slug === slug);
  if (!track) return undefined;
  const sources = indexSources(rows.sources);
  const claimed = indexClaimed(rows.claimed);
  return {
    pair,
    track: toTrack(track, lang, sectorLabels(rows.sectors, lang)),
    commitments: rows.commitments.map((cm) => toCommitment(cm, lang, sources, claimed)),
    events: rows.events.map((e) => toEvent(e, lang, sources, claimed)),
  };
}

/** A page of a pair's events, newest first, after a cursor (decoded by the route, before the cache). */
export async function buildEventPage(
  db: Db,
  pair: string,
  q: { lang: Locale; after: EventCursor | undefined; limit: number },
): Promise<v.InferOutput<typeof EventPageSchema>> {
  const page = await readEventPage(db, pair, q.limit + 1, q.after);
  const sources = indexSources(page.sources);
  const claimed = indexClaimed(page.claimed);
  const shown = page.events.slice(0, q.limit);
  const last = shown[shown.length - 1];
  return {
    pair,
    events: shown.map((e) => toEvent(e, q.lang, sources, claimed)),
    nextCursor: page.events.length > q.limit && last ? eventCursor(last) : null,
  };
}

/** A pair's commitments, optionally only those of one status or one track. */
export async function buildCommitmentList(
  db: Db,
  pair: string,
  q: { lang: Locale; status?: CommitmentStatus | undefined; track?: string | undefined },
): Promise<v.InferOutput<typeof CommitmentListSchema>> {
  // Events are not needed here: ask for none.
  const rows = (await readDossierRows(db, pair, 0)) ?? vanished(pair);
  const sources = indexSources(rows.sources);
  const claimed = indexClaimed(rows.claimed);
  return {
    pair,
    commitments: rows.commitments
      .filter((cm) => (!q.status || cm.status === q.status) && (!q.track || cm.track === q.track))
      .map((cm) => toCommitment(cm, q.lang, sources, claimed)),
  };
}
