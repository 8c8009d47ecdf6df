/**
 * A weekday written with its day and month but no year ("lundi 24 avril", "Monday, April 24", "el lunes 24 de abril",
 * "Montag, 24. April", "الاثنين 24 أبريل"), in a report with no publication date: the latest year the text writes
 * fixes that day when, in that year, the day falls on that weekday; it is then the latest date the text supports.
 * When it does not (the latest year is a plan's, "Vision 2030"), nothing is guessed. Names are ours
 * (seed/lexicons/dates.json `weekdays`, `months`, `arabicMonths`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { isValid, iso, weekdayOf } from "./calendar";
import { numberedNames } from "./date-weekday-day";
import { quote } from "./date-word-patterns";

type Names = Readonly<Record<string, readonly string[]>>;
const DATA = datesData as unknown as { weekdays: Names; months: Names; arabicMonths: Names };

const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(quote)
    .join("|");

let compiled:
  | { dayFirst: RegExp; monthFirst: RegExp; weekday: Map<string, number>; month: Map<string, number> }
  | undefined;
function patterns() {
  if (!compiled) {
    const weekday = numberedNames(DATA.weekdays);
    const month = new Map([...numberedNames(DATA.months), ...numberedNames(DATA.arabicMonths)]);
    const w = alternation(weekday.keys());
    const m = alternation(month.keys());
    // "lundi 24 avril", "el lunes, 24 de abril", "Montag, den 24. April", "в понедельник, 24 апреля".
    const dayFirst = new RegExp(
      `(?<!\\p{L})(${w})(?!\\p{L})[,\\s]+(?:(?:le|el|il|den|o|dia|يوم)\\s+)?(\\d{1,2})(?:\\.|º|°)?\\s+(?:(?:de|of|di)\\s+)?(${m})(?!\\p{L})`,
      "giu",
    );
    // "Monday, April 24".
    const monthFirst = new RegExp(`(?<!\\p{L})(${w})(?!\\p{L}),?\\s+(${m})\\s+(\\d{1,2})(?!\\d)`, "giu");
    compiled = { dayFirst, monthFirst, weekday, month };
  }
  return compiled;
}

/** A year right after the day and month ("lundi 24 avril 2023", "April 24, 2023"): already a full date. */
const YEAR_AFTER = /^\s*,?\s*(?:(?:de|del|года|г\.)\s+)?(?:19|20)\d\d(?!\d)/u;
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/** The day a yearless weekday, day and month means in the latest year the text writes, if it falls on that weekday. */
export function weekdayDateInTextYear(text: string): string | undefined {
  const years = [...text.matchAll(YEARS)].map((m) => Number(m[0]));
  if (!years.length) return undefined;
  const year = Math.max(...years);
  const { dayFirst, monthFirst, weekday, month } = patterns();
  const read = (w: string | undefined, d: string | undefined, m: string | undefined, end: number) => {
    const wd = weekday.get((w ?? "").toLowerCase());
    const mo = month.get((m ?? "").toLowerCase());
    const day = Number(d);
    if (wd === undefined || mo === undefined || !isValid(year, mo, day)) return undefined;
    if (YEAR_AFTER.test(text.slice(end, end + 12))) return undefined;
    const date = iso(year, mo, day);
    return weekdayOf(date) === wd ? date : undefined;
  };
  for (const x of text.matchAll(dayFirst)) {
    const date = read(x[1], x[2], x[3], x.index + x[0].length);
    if (date) return date;
  }
  for (const x of text.matchAll(monthFirst)) {
    const date = read(x[1], x[3], x[2], x.index + x[0].length);
    if (date) return date;
  }
  return undefined;
}
