/** The timeline of a pair: the aggregate counts (store) and the dated milestones of its commitments. */
import type { Db } from "../store/db";
import type { Locale } from "../i18n/locales";
import { pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import { buildDossier } from "./build";
import type { CommitmentOutput, DossierOutput } from "../schemas/dossier";
import { readTimeline, type TimelineRow } from "../store/timeline";
import type { TimelineData, TimelineMilestone } from "../widgets/timeline-bins";

/**
 * Shapes the aggregate rows and the commitments into what the timeline draws (pure). A signing or milestone
 * event on the day a commitment is signed or enters into force is the same milestone: the commitment's step
 * names it.
 */
export function timelineData(
  rows: readonly TimelineRow[],
  commitments: readonly CommitmentOutput[],
  lang: Locale,
): TimelineData {
  const steps: TimelineMilestone[] = commitments.flatMap((c) => [
    ...(c.signedOn ? [{ date: c.signedOn, kind: "signed" as const, title: c.title }] : []),
    ...(c.effectiveOn ? [{ date: c.effectiveOn, kind: "in_force" as const, title: c.title }] : []),
  ]);
  const stepDays = new Set(steps.map((s) => s.date));
  const events = rows.flatMap((r) =>
    parseJson<{ date: string; titles: Record<string, string> }[]>(r.milestones, [])
      .filter((m) => !stepDays.has(m.date))
      .map((m): TimelineMilestone => ({ date: m.date, kind: "event", title: pickText(m.titles, lang) })),
  );
  return {
    cells: rows.map((r) => ({ month: r.month, sector: r.sector, count: Number(r.n) })),
    milestones: [...steps, ...events].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The dossier of a pair and its timeline, read side by side (two reads in flight at once). */
export async function buildDossierAndTimeline(
  db: Db,
  pair: string,
  lang: Locale,
  origin: string,
  tracks: readonly string[] = [],
): Promise<{ dossier: DossierOutput; timeline: TimelineData }> {
  const [dossier, rows] = await Promise.all([buildDossier(db, pair, lang, origin), readTimeline(db, pair, tracks)]);
  const kept = tracks.length > 0 ? dossier.commitments.filter((c) => tracks.includes(c.track)) : dossier.commitments;
  return { dossier, timeline: timelineData(rows, kept, lang) };
}
