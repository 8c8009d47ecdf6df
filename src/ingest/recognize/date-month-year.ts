/**
 * The latest month a text names with its year and no day ("В марте 2018 года", "in March 2018"): with no
 * publication date, no page date and no dated lead, it lends its year to a day and month the text gives without one
 * ("20 июля"), never a bare year of background ("aus dem Jahre 1994") nor the wall clock. Month names are ours
 * (seed/lexicons/dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import type { Found } from "./calendar";

const DATA = datesData as unknown as {
  months: Readonly<Record<string, readonly string[]>>;
  arabicMonths: Readonly<Record<string, readonly string[]>>;
  monthsLocative: Readonly<Record<string, readonly string[]>>;
};

let compiled: { re: RegExp; month: Map<string, number> } | undefined;
function pattern() {
  if (!compiled) {
    const month = new Map<string, number>();
    const add = (m: number, n: string) => {
      month.set(n.toLowerCase(), m);
    };
    for (const [m, names] of [...Object.entries(DATA.months), ...Object.entries(DATA.arabicMonths)])
      for (const n of names) add(Number(m), n);
    for (const names of Object.values(DATA.monthsLocative)) for (const [i, n] of names.entries()) add(i + 1, n);
    const names = [...month.keys()]
      .filter((n) => n.length >= 3)
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
    const re = new RegExp(
      `(?<![\\p{L}])(${names.join("|")})\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d)`,
      "giu",
    );
    compiled = { re, month };
  }
  return compiled;
}

/** A day right before a month: a full date, which the lead's dates and the page's date line already weigh. */
const DAY_BEFORE = /\d(?:er|º|o|\.)?[\s-]*(?:de\s+)?$/u;

/** The latest year and month a text names together with no day, as the first day of that month, if any. */
export function latestMonthYear(text: string): string | undefined {
  const { re, month } = pattern();
  let latest: string | undefined;
  for (const m of text.matchAll(re)) {
    const mm = month.get((m[1] ?? "").toLowerCase().replace(/\s+/g, " "));
    if (!mm || DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = `${m[2]}-${String(mm).padStart(2, "0")}-01`;
    if (!latest || at > latest) latest = at;
  }
  return latest;
}

/** The months a text names with their year and no day ("nel marzo 2024", "in March 2019"): span and "YYYY-MM". */
export function monthYears(text: string): { start: number; end: number; month: string }[] {
  const { re, month } = pattern();
  const out: { start: number; end: number; month: string }[] = [];
  for (const m of text.matchAll(re)) {
    const mm = month.get((m[1] ?? "").toLowerCase().replace(/\s+/g, " "));
    if (!mm || DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, month: `${m[2]}-${String(mm).padStart(2, "0")}` });
  }
  return out;
}

/** The days and months of `parsed` (found against mid-`year`) that `found` lacks, in that year. */
export function completedByYear(found: readonly Found[], parsed: readonly Found[], year: string): Found[] {
  return parsed.filter(
    (f) =>
      f.evidence === "explicit" &&
      !f.yearWritten &&
      !f.bareWeekday &&
      f.date.startsWith(year) &&
      !found.some((g) => g.start < f.end && f.start < g.end),
  );
}
