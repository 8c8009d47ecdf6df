/** Reads and assembles dossier-shaped JSON for the routes (store + pure assembly). */
import type { Db } from "../store/db";
import * as v from "valibot";
import type { Locale } from "../i18n/locales";
import { pickText } from "../i18n/locales";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { parseJson } from "../lib/json";
import { dossierLinks } from "../lib/links";
import type { DossierOutput } from "../schemas/dossier";
import { type EventCursor, readDossierRows } from "../store/dossier";
import type { SectorRow } from "../store/rows";
import { assembleDossier } from "./assemble";

/** Events shown in a dossier; older ones are paged through /events. */
export const DOSSIER_EVENT_LIMIT = 20;

const EventCursorSchema = v.object({
  d: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  i: v.pipe(v.string(), v.maxLength(100)),
});

/** Encodes the cursor after an event. */
export function eventCursor(last: { date: string; id: string }): string {
  return encodeCursor({ d: last.date, i: last.id });
}

/** Decodes an events cursor (400 when it is not ours). */
export function parseEventCursor(cursor: string | undefined): EventCursor | undefined {
  if (cursor === undefined) return undefined;
  const c = decodeCursor(EventCursorSchema, cursor);
  return { date: c.d, id: c.i };
}

/** Localized sector labels by slug. */
export function sectorLabels(rows: readonly SectorRow[], lang: Locale): Map<string, string> {
  return new Map(rows.map((s) => [s.slug, pickText(parseJson<Record<string, string>>(s.labels, {}), lang)]));
}

/** A pair that was tracked a moment ago has no row: pairs are never deleted, so this is a bug, not a 404. */
export function vanished(pair: string): never {
  throw new Error(`pair ${pair} is not tracked after trackedPair() said it was`);
}

/** The dossier of a tracked pair (callers have checked it with `trackedPair()`). */
export async function buildDossier(db: Db, pair: string, lang: Locale, origin: string): Promise<DossierOutput> {
  const rows = (await readDossierRows(db, pair, DOSSIER_EVENT_LIMIT + 1)) ?? vanished(pair);
  return assembleDossier(rows, {
    lang,
    eventLimit: DOSSIER_EVENT_LIMIT,
    sectorLabels: sectorLabels(rows.sectors, lang),
    nextCursor: (last) => eventCursor(last),
    links: dossierLinks(origin, pair, lang),
  });
}
