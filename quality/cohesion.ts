/**
 * Group cohesion: would the reports of one meeting (one manifest `group`) become one event? The planner keeps
 * events in D1, so this replays its clustering in memory: reports are taken in publication order; each joins
 * the event `matchEvent` (src/ingest/plan/cluster.ts) picks among the events of its own pair, else starts one
 * when it has a date — as planIngest does. The planner matches on the pair's resolved track slugs; here a
 * report's tracks are its track hits plus its sector slugs (a new pair's tracks are made from its sectors).
 */
import { matchEvent } from "../src/ingest/plan/cluster";
import type { Analysis, EventCandidate } from "../src/ingest/types";

/** What cohesion needs of one analysed report. */
export type CohesionInput = Pick<Analysis, "pairs" | "eventDate" | "tracks" | "sectors" | "entities" | "place"> & {
  publishedOn?: string;
};

/** The event id each report lands in (undefined: no pair, or no date and no match), in input order. */
export function clusterGroup(reports: readonly CohesionInput[]): (string | undefined)[] {
  const order = reports
    .map((r, i) => ({ r, i }))
    // Reports without a publication date come last: they can only join an event, never start one.
    .sort((a, b) => (a.r.publishedOn ?? "~").localeCompare(b.r.publishedOn ?? "~") || a.i - b.i);
  const events: (EventCandidate & { pair: string })[] = [];
  const landed: (string | undefined)[] = reports.map(() => undefined);
  for (const { r, i } of order) {
    const pair = r.pairs[0]?.key;
    if (!pair) continue;
    const tracks = [...new Set([...r.tracks.map((t) => t.slug), ...r.sectors.map((s) => s.slug)])];
    const input = {
      pair,
      tracks,
      entities: r.entities,
      ...(r.eventDate ? { eventDate: r.eventDate } : {}),
      ...(r.place ? { place: r.place } : {}),
    };
    const id = matchEvent(
      input,
      events.filter((e) => e.pair === pair),
    );
    const ev = events.find((e) => e.id === id);
    if (ev) {
      ev.tracks = [...new Set([...ev.tracks, ...tracks])];
      ev.entities = [...new Set([...ev.entities, ...r.entities])];
      landed[i] = ev.id;
    } else if (r.eventDate) {
      const fresh = {
        id: `event-${events.length + 1}`,
        pair,
        date: r.eventDate.date,
        dateEvidence: r.eventDate.evidence,
        tracks,
        entities: [...r.entities],
        place: r.place ?? null,
      };
      events.push(fresh);
      landed[i] = fresh.id;
    }
  }
  return landed;
}

/** Whether every report of a group landed in one and the same event. */
export function cohesive(landed: readonly (string | undefined)[]): boolean {
  return landed.length > 0 && landed.every((id) => id !== undefined && id === landed[0]);
}
