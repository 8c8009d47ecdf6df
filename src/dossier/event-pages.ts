/** The dossier page's events: the dossier's first page, or a page after a cursor, with links both ways. */
import type { Db } from "../store/db";
import type { Locale } from "../i18n/locales";
import type { DossierOutput, EventOutput } from "../schemas/dossier";
import type { EventCursor } from "../store/dossier";
import { readNewerPageKey } from "../store/event-pages";
import { DOSSIER_EVENT_LIMIT, eventCursor } from "./build";
import { buildEventPage } from "./pair-views";

/** One page of events and the cursors around it. */
export interface EventsPage {
  events: EventOutput[];
  /** Cursor of the older page; null on the last page. */
  older: string | null;
  /** Cursor of the newer page: undefined on the first page, null when the newer page is the first. */
  newer: string | null | undefined;
}

/** The page of events the dossier page shows: the dossier's own, or the page after `after`. */
export async function dossierEventsPage(
  db: Db,
  dossier: DossierOutput,
  lang: Locale,
  after: EventCursor | undefined,
): Promise<EventsPage> {
  if (!after) return { events: dossier.events, older: dossier.eventsNextCursor, newer: undefined };
  const [page, newerKey] = await Promise.all([
    buildEventPage(db, dossier.pair, { lang, after, limit: DOSSIER_EVENT_LIMIT }),
    readNewerPageKey(db, dossier.pair, after, DOSSIER_EVENT_LIMIT),
  ]);
  return { events: page.events, older: page.nextCursor, newer: newerKey ? eventCursor(newerKey) : null };
}
