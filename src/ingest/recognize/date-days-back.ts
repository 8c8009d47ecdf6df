/**
 * "The day before yesterday" ("avant-hier", "l'altro ieri", "anteayer", "anteontem", "vorgestern", "позавчера"):
 * two days before the report's day, never one (a parser reading only the "hier" of "avant-hier" makes it one). A
 * weekday said right after it ("avant-hier lundi", "anteayer, lunes") fixes the day: the one nearest two days back.
 * The words are ours (seed/lexicons/dates.json, `daysBack`); Arabic is read in dates-arabic.ts.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { dayOf, type Found, fromDay, weekdayOf } from "./calendar";
import { wordPatterns } from "./date-word-patterns";

const DATA = datesData as unknown as { daysBack: Readonly<Record<string, readonly string[]>> };

/** What may stand between the relative word and its weekday: a comma, an article or preposition. */
const WEEKDAY_GAP = /^[\s,،(]{0,3}(?:(?:on|le|el|il|o|am|в|во|يوم)\s+)?$/iu;
/** A weekday said with a relative word names a day at most this far from it. */
const WEEKDAY_REACH = 3;

const patternFor = wordPatterns((lang) => DATA.daysBack[lang]);

/** The "day before yesterday" words of a text, each two days before `ref`. */
export function parseDaysBack(text: string, lang: string, ref: string | undefined): Found[] {
  const re = patternFor(lang);
  if (!re || !ref) return [];
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: fromDay(dayOf(ref) - 2),
    evidence: "weekday" as const,
  }));
}

/** The day nearest `day` (at most 3 days off) that falls on `weekday` (0 = Sunday). */
export function nearestWeekday(day: string, weekday: number): string {
  let delta = (weekday - weekdayOf(day) + 7) % 7;
  if (delta > WEEKDAY_REACH) delta -= 7;
  return fromDay(dayOf(day) + delta);
}

/**
 * The dates found with each relative day (`back`) joined to a bare weekday said right after it: one date, spanning
 * both, on that weekday nearest the relative day.
 */
export function withWeekdaysJoined(text: string, back: readonly Found[], found: readonly Found[]): Found[] {
  const joined = new Set<Found>();
  const out: Found[] = [];
  for (const f of found) {
    if (!back.includes(f)) {
      if (!joined.has(f)) out.push(f);
      continue;
    }
    const weekday = found.find(
      (w) => w.start >= f.end && w.bareWeekday && WEEKDAY_GAP.test(text.slice(f.end, w.start)),
    );
    if (!weekday) {
      out.push(f);
      continue;
    }
    joined.add(weekday);
    out.push({ ...f, end: weekday.end, date: nearestWeekday(f.date, weekdayOf(weekday.date)) });
  }
  return out;
}
