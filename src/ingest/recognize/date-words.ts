/**
 * Days of the month written as ordinal words ("am vierten August 2017"), in the languages whose parser does not
 * read them (seed/lexicons/dates.json, `dayWords`): the day, explicit as if written in figures.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type Found, fixYear, iso, isValid, nearest } from "./calendar";
import { monthAlternation } from "./dates-arabic";

const DATA = datesData as unknown as {
  months: Readonly<Record<string, readonly string[]>>;
  dayWords: Readonly<Record<string, readonly string[]>>;
};

const compiled = new Map<string, { re: RegExp; month: Map<string, number>; day: Map<string, number> }>();

function patternFor(lang: string) {
  const words = DATA.dayWords[lang];
  if (!words) return undefined;
  let c = compiled.get(lang);
  if (!c) {
    const { re, month } = monthAlternation(DATA.months);
    const day = new Map(words.map((w, i) => [w.toLowerCase(), i + 1]));
    const alternation = [...words].sort((a, b) => b.length - a.length).join("|");
    c = {
      re: new RegExp(`(?<![\\p{L}])(${alternation})\\s+(${re})(?![\\p{L}])(?:,?\\s+(\\d{4}))?`, "giu"),
      month,
      day,
    };
    compiled.set(lang, c);
  }
  return c;
}

/** The days a text writes as ordinal words before a month name; without a year, the one nearest `ref`. */
export function parseWrittenDays(text: string, lang: string, ref: string | undefined): Found[] {
  const c = patternFor(lang);
  if (!c) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(c.re)) {
    const day = c.day.get((m[1] ?? "").toLowerCase());
    const month = c.month.get((m[2] ?? "").toLowerCase());
    if (!day || !month) continue;
    const written = m[3] ? Number(m[3]) : undefined;
    let year = written;
    if (year === undefined && ref)
      year = Number(fixYear(ref, month, day, Number(ref.slice(0, 4)), nearest(ref, month, day)).slice(0, 4));
    if (year === undefined || !isValid(year, month, day)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: iso(year, month, day),
      evidence: "explicit",
      yearWritten: written !== undefined,
    });
  }
  return out;
}
