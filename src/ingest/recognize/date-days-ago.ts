/**
 * A count of days back from the report's day ("two days ago", "il y a deux jours", "hace dos días", "há dois dias",
 * "vor zwei Tagen", "два дня назад", "due giorni fa", "قبل يومين"), in figures or words: that many days before it.
 * The words are ours (seed/lexicons/dates.json, `daysAgo`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { dayOf, type Found, fromDay } from "./calendar";
import { quote, wordPatterns } from "./date-word-patterns";

interface DaysAgo {
  patterns: readonly string[];
  numbers: Readonly<Record<string, number>>;
  fixed?: Readonly<Record<string, number>>;
}
const DATA = (datesData as unknown as { daysAgo: Readonly<Record<string, DaysAgo>> }).daysAgo;

/** At most this many days back: farther is a week's or a month's count, no day the report tells. */
const MAX_DAYS = 7;

/** Arabic "قبل يومين من القمة" is two days before the summit, not before the report. */
const COUNTED_FROM = /^\s+(?:من|على)\s/u;

const patternFor = wordPatterns(
  (lang) => {
    const words = DATA[lang];
    return words ? [...words.patterns, ...Object.keys(words.fixed ?? {})] : undefined;
  },
  (lang) =>
    `(\\d{1,2}|${Object.keys(DATA[lang]?.numbers ?? {})
      .map(quote)
      .join("|")})`,
);

/** The counts of days back in a text, each that many days before `ref`. */
export function parseDaysAgo(text: string, lang: string, ref: string | undefined): Found[] {
  const re = patternFor(lang);
  const words = DATA[lang];
  if (!re || !words || !ref) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const said = m.slice(1).find((g) => g !== undefined);
    const days =
      said === undefined
        ? (words.fixed?.[m[0].replace(/\s+/g, " ")] ?? 0)
        : /^\d+$/.test(said)
          ? Number(said)
          : (words.numbers[said.toLowerCase()] ?? 0);
    if (days < 1 || days > MAX_DAYS || COUNTED_FROM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: fromDay(dayOf(ref) - days), evidence: "weekday" });
  }
  return out;
}
