/**
 * When a report has no publication date and writes a day without its year ("ce jeudi 18 avril"), the people
 * it names in office bound when it can be: every one of them held office then. Within that window, a weekday
 * with its day and month falls on one day only, so the year is known without the wall clock.
 */
import { dayOf, fromDay, iso, isValid, weekdayOf } from "./calendar";
import { OFFICIAL_TERMS, TERMS_BY_KEY } from "./officials-data";
import type { OfficialHit } from "./officials";

/** The days a report can be from: [from, until], both `YYYY-MM-DD`. */
export interface DateWindow {
  from: string;
  until: string;
}

/** The latest taking of office the list knows of: past it, an open term is not known to last (an `until` may be a scheduled end). */
const KNOWN_UNTIL = OFFICIAL_TERMS.map((t) => t.since)
  .sort()
  .at(-1);

/** The days in which every official named held one of their listed offices, if any. */
export function officialsWindow(hits: readonly OfficialHit[]): DateWindow | undefined {
  if (!KNOWN_UNTIL || hits.length === 0) return undefined;
  let from = "";
  let until = KNOWN_UNTIL;
  for (const person of new Set(hits.map((h) => h.person))) {
    const terms = TERMS_BY_KEY.get(person) ?? [];
    const since = terms.map((t) => t.since).sort()[0];
    const end = terms
      .map((t) => t.until ?? KNOWN_UNTIL)
      .sort()
      .at(-1);
    if (!since || !end) return undefined;
    if (since > from) from = since;
    if (end < until) until = end;
  }
  return from && from <= until ? { from, until } : undefined;
}

/** The one day within the window that is this weekday (0 = Sunday) on this month and day, if exactly one. */
export function dayByWeekday(window: DateWindow, month: number, day: number, weekday: number): string | undefined {
  const found: string[] = [];
  for (let y = Number(window.from.slice(0, 4)); y <= Number(window.until.slice(0, 4)); y++) {
    if (!isValid(y, month, day)) continue;
    const date = iso(y, month, day);
    if (date < window.from || date > window.until) continue;
    if (weekdayOf(date) === weekday) found.push(date);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** How long before the window a day may still be news of the report (the officials may have just taken office). */
const BEFORE_WINDOW_DAYS = 30;

/**
 * Whether a day is too early to be the news of an undated report whose officials' terms give this window: the report
 * came out while all of them held office, so a day well before that ("the previous session, in Nouakchott on 23–24
 * April 2013" beside a prime minister in office since 2021) is its background, and no anchor for its "Friday".
 */
export function beforeWindow(date: string, window: DateWindow | undefined): boolean {
  if (!window) return false;
  return date < fromDay(dayOf(window.from) - BEFORE_WINDOW_DAYS);
}
