/** The days a report's commitments are weighed against: what is still to come, and what has passed. */
import type { MatchDoc } from "../match/normalize";
import type { DateHit } from "../types";

/** "Since" right before a date, in the eight languages ("desde el", "depuis le", "seit dem", "с", "منذ"). */
const SINCE =
  /(?:^|[^\p{L}])(?:since|desde|depuis|dal|dall['’]|dalla|seit|с|со|منذ|desde\s+(?:o|a))(?:\s+(?:el|le|la|l['’]|il|lo|dem|den|der|o|a|the|on))?\s*$/iu;

/**
 * `reportDay`: the report's publication, else one it writes out (a dateline's, a lead's), not a weekday's: the last of
 * a span of days ("les 8 et 9 décembre", a session whose end saw the signing). A signature after it is still to come.
 * `latestDay`: its publication, else the latest day it writes out of what has happened (not an entry into force's
 * own day, which a report may tell ahead: "entra em vigor a 1 de janeiro de 2026"). An entry into force on or before
 * it has taken place.
 */
export function reportDays(
  dates: readonly DateHit[],
  publishedOn: string | undefined,
  eventDate: DateHit | undefined,
): { reportDay?: string; latestDay?: string } {
  const reportDay =
    publishedOn ??
    (eventDate && !eventDate.future && eventDate.evidence === "explicit"
      ? (eventDate.endDate ?? eventDate.date)
      : undefined);
  const latestDay =
    publishedOn ??
    dates
      .filter((d) => !d.future && d.evidence === "explicit" && d.role !== "entry-into-force")
      .map((d) => d.date)
      .sort()
      .at(-1);
  return { ...(reportDay ? { reportDay } : {}), ...(latestDay ? { latestDay } : {}) };
}

/**
 * Whether the report tells an entry into force as in force since its day ("rige desde el 7 de noviembre de 1983",
 * "en vigueur depuis le 2 mars 1992", "действует с 2 марта 1992 года"): a day passed, whatever day the report is of.
 */
export function inForceSince(doc: MatchDoc, dates: readonly DateHit[], effectiveOn: string): boolean {
  return dates.some(
    (d) =>
      d.date === effectiveOn &&
      d.role === "entry-into-force" &&
      !!d.span &&
      SINCE.test(doc.text.slice(Math.max(0, d.span.start - 20), d.span.start)),
  );
}
