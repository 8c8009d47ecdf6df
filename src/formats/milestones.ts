/** The dated milestones of a pair as calendar entries: events, signatures and entries into force. */
import { labelsFor } from "../i18n/labels";
import { type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type { MilestoneCommitmentRow, MilestoneEventRow } from "../store/exports";
import type { CalendarEntry } from "./icalendar";

/** The domain of our UIDs (RFC 5545 §3.8.4.7 recommends a domain on the right of '@'). */
const UID_DOMAIN = "bilateral.dev";

/** Builds the entries of a pair's calendar, sorted by date then UID (stable order, stable body). */
export function calendarEntries(
  rows: { events: MilestoneEventRow[]; commitments: MilestoneCommitmentRow[] },
  lang: Locale,
  dossierUrl: string,
): CalendarEntry[] {
  const l = labelsFor(lang);
  const note = (origin: string) => (origin === "machine" ? ` (${l.machineCoded})` : "");
  const out: CalendarEntry[] = [];
  for (const e of rows.events) {
    const title = pickText(parseJson<Record<string, string>>(e.titles, {}), lang);
    out.push({
      uid: `${e.id}@${UID_DOMAIN}`,
      stamp: e.updated_at,
      start: e.date,
      end: e.end_date && e.end_date > e.date ? e.end_date : null,
      summary: title,
      description: `${title}${note(e.origin)}\n${dossierUrl}`,
      location: e.place,
      url: dossierUrl,
      categories: [e.kind],
    });
  }
  for (const c of rows.commitments) {
    const title = pickText(parseJson<Record<string, string>>(c.titles, {}), lang);
    const steps: [string, string | null, string][] = [
      ["signed", c.signed_on, l.signedOn],
      ["in-force", c.effective_on, l.effectiveOn],
    ];
    for (const [suffix, date, label] of steps) {
      if (!date) continue;
      out.push({
        uid: `${c.id}-${suffix}@${UID_DOMAIN}`,
        stamp: c.updated_at,
        start: date,
        end: null,
        summary: `${label}: ${title}`,
        description: `${label}: ${title}${note(c.origin)}\n${dossierUrl}`,
        location: null,
        url: dossierUrl,
        categories: ["commitment", suffix],
      });
    }
  }
  return out.sort((a, b) => (a.start === b.start ? (a.uid < b.uid ? -1 : 1) : a.start < b.start ? -1 : 1));
}
