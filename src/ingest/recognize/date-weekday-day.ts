/**
 * A weekday glossed by its day of the month in brackets, as Brazilian and German wires write it ("neste sábado (19)",
 * "nesta quinta-feira (6)", "am Freitag (25.)"). With no publication date, the page's filing window (its URL's
 * year, or year and month: date-url.ts) holds at most a few days of that weekday and day: when it holds exactly one,
 * that is the day the text means, and the latest the text itself supports. Weekday names are ours
 * (seed/lexicons/dates.json `weekdays`, 0 = Sunday).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { isValid, iso, weekdayOf } from "./calendar";
import { quote } from "./date-word-patterns";
import type { FilingWindow } from "./date-url";

const WEEKDAYS = (datesData as unknown as { weekdays: Readonly<Record<string, readonly string[]>> }).weekdays;

/** Name (lower case) → number, for every entry of a section of seed/lexicons/dates.json (weekdays, months). */
export function numberedNames(section: Readonly<Record<string, readonly string[]>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, names] of Object.entries(section)) {
    if (n.startsWith("$")) continue;
    for (const name of names) out.set(name.toLowerCase(), Number(n));
  }
  return out;
}

let compiled: { re: RegExp; weekday: Map<string, number> } | undefined;
function pattern() {
  if (!compiled) {
    const weekday = numberedNames(WEEKDAYS);
    const names = [...weekday.keys()].sort((a, b) => b.length - a.length).map(quote);
    const re = new RegExp(`(?<!\\p{L})(${names.join("|")})\\s*\\((\\d{1,2})\\.?\\)`, "giu");
    compiled = { re, weekday };
  }
  return compiled;
}

/** The days of the window that are that weekday and that day of the month. */
function daysIn(filed: FilingWindow, weekday: number, day: number): string[] {
  const out: string[] = [];
  const [fy, fm] = filed.first.split("-").map(Number);
  const [ly, lm] = filed.last.split("-").map(Number);
  if (!fy || !fm || !ly || !lm) return out;
  // Months counted from year 0: every month of the window, the first to the last.
  for (let n = fy * 12 + fm - 1; n <= ly * 12 + lm - 1; n++) {
    const y = Math.floor(n / 12);
    const m = (n % 12) + 1;
    if (!isValid(y, m, day)) continue;
    const date = iso(y, m, day);
    if (date >= filed.first && date <= filed.last && weekdayOf(date) === weekday) out.push(date);
  }
  return out;
}

/** The day a weekday glossed by its day means within the filing window, when exactly one day fits. */
export function weekdayGlossedByDay(text: string, filed: FilingWindow | undefined): string | undefined {
  if (!filed) return undefined;
  const { re, weekday } = pattern();
  for (const m of text.matchAll(re)) {
    const w = weekday.get((m[1] ?? "").toLowerCase());
    const day = Number(m[2]);
    if (w === undefined || day < 1 || day > 31) continue;
    const days = daysIn(filed, w, day);
    if (days.length === 1) return days[0];
  }
  return undefined;
}
