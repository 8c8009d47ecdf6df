/**
 * A weekday followed by a bare day of the month ("lunedì 18 e martedì 19", "lundi 18 et mardi 19", "el jueves 9"):
 * chrono reads the number as an hour and keeps only the weekday, so "lunedì 18" became the last Monday before the
 * reference. The day says which week: the date with that day of the month, in the reference's month or the one
 * before or after, that falls on that weekday, the nearest to the reference; none when no such day fits (then the
 * words are no date).
 */
import { iso, isValid, weekdayOf } from "./calendar";

/** "and" (or "or") between two days ("lunedì 18 e martedì 19"). */
const AND = "(?:et|e|y|und|and|и|ou|o)";
/** A weekday match ending in a bare number of one or two digits, maybe with the "and" chrono takes after it. */
const TRAILING_DAY = new RegExp(String.raw`\s(\d{1,2})(?:\s+${AND})?$`, "iu");
/**
 * What may follow a day of the month: a clause's end, a dash or bracket, or "and" with the next day. Anything else
 * makes the number a count ("no sábado 11 acordos") or an hour ("18h", "18:30", "18 Uhr").
 */
const DAY_ENDS = new RegExp(String.raw`^(?:\s*(?:[,;)–—]|-\s|\.(?!\d)|$)|\s+${AND}\s)`, "iu");

/** The day of the month a weekday match ends with, when it is one (not an hour, not a count). */
export function trailingDay(matched: string, after: string): number | undefined {
  const m = TRAILING_DAY.exec(matched.trim());
  if (!m || (!/\s\p{L}+$/u.test(matched.trim()) && !DAY_ENDS.test(after))) return undefined;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

/** The date near `ref` that is `day` of its month and falls on `weekday` (0 = Sunday), if any. */
export function nearestWeekdayDay(ref: string, weekday: number, day: number): string | undefined {
  const [y, m] = ref.split("-").map(Number);
  if (!y || !m) return undefined;
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(ref));
  let best: string | undefined;
  for (const shift of [-1, 0, 1]) {
    const n = y * 12 + (m - 1) + shift;
    const yy = Math.floor(n / 12);
    const mm = (n % 12) + 1;
    if (!isValid(yy, mm, day)) continue;
    const date = iso(yy, mm, day);
    if (weekdayOf(date) !== weekday) continue;
    if (!best || distance(date) < distance(best)) best = date;
  }
  return best;
}
