/** The dated milestones of a pair as calendar entries: events, signatures and entries into force. */
import { labelsFor } from "../i18n/labels";
import { type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type { MilestoneCommitmentRow, MilestoneEventRow } from "../store/exports";
import type { CalendarEntry } from "./icalendar";

/** The domain of our UIDs (RFC 5545 §3.8.4.7 recommends a domain on the right of '@'). */
const UID_DOMAIN = "bilateral.dev";

interface Step {
  commitment: MilestoneCommitmentRow;
  suffix: "signed" | "in-force";
  date: string;
  label: string;
  title: string;
}

/**
 * Builds the entries of a pair's calendar, sorted by date then UID (stable order, stable body).
 * A commitment step that falls on the first day of an event touching the commitment's track is the same
 * happening seen twice (the signing visit and the signature): it joins that event's VEVENT, whose UID wins.
 */
export function calendarEntries(
  rows: { events: MilestoneEventRow[]; commitments: MilestoneCommitmentRow[] },
  lang: Locale,
  dossierUrl: string,
): CalendarEntry[] {
  const l = labelsFor(lang);
  const note = (origin: string) => (origin === "machine" ? ` (${l.machineCoded})` : "");
  const steps: Step[] = rows.commitments.flatMap((c) => {
    const title = pickText(parseJson<Record<string, string>>(c.titles, {}), lang);
    const all: Step[] = [];
    if (c.signed_on) all.push({ commitment: c, suffix: "signed", date: c.signed_on, label: l.signedOn, title });
    if (c.effective_on)
      all.push({ commitment: c, suffix: "in-force", date: c.effective_on, label: l.effectiveOn, title });
    return all;
  });
  const merged = new Set<Step>();
  const out: CalendarEntry[] = [];
  // Oldest id first, so when two events of one day share a track the same one always takes the step.
  for (const e of [...rows.events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const title = pickText(parseJson<Record<string, string>>(e.titles, {}), lang);
    const tracks = new Set(parseJson<string[]>(e.tracks, []));
    const joined = steps.filter((s) => !merged.has(s) && s.date === e.date && tracks.has(s.commitment.track));
    for (const s of joined) merged.add(s);
    const stepLines = joined.map((s) => `${s.label}: ${s.title}${note(s.commitment.origin)}`);
    const stamps = [e.updated_at, ...joined.map((s) => s.commitment.updated_at)].sort();
    out.push({
      uid: `${e.id}@${UID_DOMAIN}`,
      stamp: stamps[stamps.length - 1] ?? e.updated_at,
      start: e.date,
      end: e.end_date && e.end_date > e.date ? e.end_date : null,
      summary: title,
      description: [`${title}${note(e.origin)}`, ...stepLines, dossierUrl].join("\n"),
      location: e.place,
      url: dossierUrl,
      categories: [e.kind, ...joined.flatMap((s) => ["commitment", s.suffix])].filter(
        (c, i, all) => all.indexOf(c) === i,
      ),
    });
  }
  for (const s of steps) {
    if (merged.has(s)) continue;
    out.push({
      uid: `${s.commitment.id}-${s.suffix}@${UID_DOMAIN}`,
      stamp: s.commitment.updated_at,
      start: s.date,
      end: null,
      summary: `${s.label}: ${s.title}`,
      description: `${s.label}: ${s.title}${note(s.commitment.origin)}\n${dossierUrl}`,
      location: null,
      url: dossierUrl,
      categories: ["commitment", s.suffix],
    });
  }
  return out.sort((a, b) => (a.start === b.start ? (a.uid < b.uid ? -1 : 1) : a.start < b.start ? -1 : 1));
}
