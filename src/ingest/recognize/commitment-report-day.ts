/** The days a report's commitments are weighed against: what is still to come, and what has passed. */
import type { DateHit } from "../types";

/**
 * `reportDay`: the report's publication, else one it writes out (a dateline's, a lead's), not a weekday's: the last of
 * a span of days ("les 8 et 9 décembre", a session whose end saw the signing). A signature after it is still to come.
 * `latestDay`: its publication, else the latest day it writes out of what has happened. An entry into force on or
 * before it has taken place.
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
      .filter((d) => !d.future && d.evidence === "explicit")
      .map((d) => d.date)
      .sort()
      .at(-1);
  return { ...(reportDay ? { reportDay } : {}), ...(latestDay ? { latestDay } : {}) };
}
