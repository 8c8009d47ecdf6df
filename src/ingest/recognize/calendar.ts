/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (UTC days), shared by the date parsers.
 */

const DAY_MS = 86_400_000;

/** Which way a date points from publication: "3 décembre dernier" (past), "vendredi prochain" (future). */
export type Direction = "past" | "future" | undefined;

/** A raw date found in a text, before roles: [start, end) in the text. */
export interface Found {
  start: number;
  end: number;
  date: string;
  endDate?: string;
  evidence: "explicit" | "weekday";
  /** A bare weekday resolved backwards for want of a direction word (a future verb before it turns it forward). */
  bareWeekday?: boolean;
  /** The year is written in the text, not taken from the reference date. */
  yearWritten?: boolean;
  /** A direction word next to it ("next", "prochain", "المقبل"). */
  direction?: Direction;
  /** "The following day": it opens a clause, whose words after it say what it is the day of. */
  opensClause?: true;
}

/** `YYYY-MM-DD` of a `YYYY-MM-DD` or ISO 8601 date-time, if valid. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return isValid(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Whether y-m-d is a real day (years 1800–2200: old treaties keep their dates). */
export function isValid(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** y, m, d → `YYYY-MM-DD`. */
export const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** `YYYY-MM-DD` → days since 1970-01-01. */
export const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
/** The day of the week of a date (0 = Sunday; 1 January 1970 was a Thursday). */
export const weekdayOf = (date: string) => (((dayOf(date) + 4) % 7) + 7) % 7;
/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayOf(b) - dayOf(a);
}

/** The latest `weekday` (0 = Sunday) on or before `ref`; strictly before when `strict`. After instead for "future". */
export function resolveWeekday(ref: string, weekday: number, direction: Direction, strict: boolean): string {
  const refDay = dayOf(ref);
  const refWeekday = new Date(refDay * DAY_MS).getUTCDay();
  if (direction === "future") {
    const ahead = (weekday - refWeekday + 7) % 7 || 7;
    return fromDay(refDay + ahead);
  }
  let back = (refWeekday - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return fromDay(refDay - back);
}

/** A bare weekday found at [start, end): the one `resolveWeekday` gives, marked bare unless a direction word says. */
export function weekdayFound(start: number, end: number, ref: string, weekday: number, direction: Direction): Found {
  const found: Found = {
    start,
    end,
    date: resolveWeekday(ref, weekday, direction, direction === "past"),
    evidence: "weekday",
    bareWeekday: direction === undefined,
  };
  if (direction) found.direction = direction;
  return found;
}

/** Moves a date without a written year to the right side of `ref`. */
export function fixYear(ref: string, month: number, day: number, year: number, direction: Direction): string {
  let y = year;
  if (direction === "past") {
    while (iso(y, month, day) > ref) y--;
    while (iso(y + 1, month, day) <= ref) y++;
  } else if (direction === "future") {
    while (iso(y, month, day) < ref) y++;
    while (iso(y - 1, month, day) >= ref) y--;
  }
  return iso(y, month, day);
}

/** Without a direction word: the month/day nearest to `ref` (what chrono does). */
export function nearest(ref: string, month: number, day: number): Direction {
  const y = Number(ref.slice(0, 4));
  const candidates = [y - 1, y, y + 1].map((yy) => iso(yy, month, day));
  const best = candidates.sort((a, b) => Math.abs(daysBetween(ref, a)) - Math.abs(daysBetween(ref, b)))[0] ?? ref;
  return best <= ref ? "past" : "future";
}
