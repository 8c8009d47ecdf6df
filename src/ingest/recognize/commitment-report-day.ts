/**
 * The days a report's commitments are weighed against, what is still to come and what has passed, and the step of its
 * life an instrument has reached by them.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { CommitmentStatus, DateHit, Span } from "../types";
import type { Cue } from "./commitment-cues";
import { ratifiedAfter, ratifiedBy, signedBefore } from "./commitment-told-by";
import { daysBetween } from "./dates";

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

/**
 * The step of its life an instrument has reached, as its clause's status word tells it against the report's days;
 * undefined when nothing is sure (an entry into force announced with no date). `ratifiedToo`: told in passing as
 * signed and then ratified.
 */
export function lifeStep(
  doc: MatchDoc,
  found: { status: CommitmentStatus | "planned_in_force"; after: boolean; cue?: { span: Span } },
  at: {
    effectiveOn?: string | undefined;
    publishedOn?: string | undefined;
    latestDay?: string | undefined;
    dates: readonly DateHit[];
    cues: readonly LexiconMatch<Cue>[];
    instrument: Span;
  },
): { status: CommitmentStatus; ratifiedToo: boolean } | undefined {
  const { effectiveOn, publishedOn, latestDay, dates, cues, instrument } = at;
  let status: CommitmentStatus;
  if (found.status === "planned_in_force") {
    // An entry into force announced for later: signed (ratified, when its sentence ratifies it), with the date it
    // takes effect; without one, nothing sure, unless a signing word names the instrument ("signed an agreement …,
    // and the deal will take effect from March 1").
    if (!effectiveOn && !signedBefore(doc, cues, instrument)) return undefined;
    status = ratifiedBy(doc, cues, instrument) ? "ratified" : "signed";
  } else status = found.status;
  // An instrument told in passing as signed, then ratified ("the treaty, signed by the presidents and ratified by
  // the parliaments, …"): at its later step, and no signing of the day.
  const ratifiedToo = status === "signed" && found.after && !!found.cue && ratifiedAfter(doc, cues, found.cue.span);
  if (ratifiedToo) status = "ratified";
  // An entry into force still ahead of publication: signed (or ratified) now, in force later.
  if (status === "in_force" && effectiveOn && publishedOn && daysBetween(publishedOn, effectiveOn) > 0)
    status = ratifiedBy(doc, cues, instrument) ? "ratified" : "signed";
  // …and one on a day the report has passed, or told as in force since that day ("firmado en 1981 y que rige desde
  // el 7 de noviembre de 1983"): in force now, whatever step the clause's verb tells.
  const passed = !!effectiveOn && ((!!latestDay && effectiveOn <= latestDay) || inForceSince(doc, dates, effectiveOn));
  if ((found.status === "signed" || found.status === "ratified") && status === found.status && passed)
    status = "in_force";
  return { status, ratifiedToo };
}
