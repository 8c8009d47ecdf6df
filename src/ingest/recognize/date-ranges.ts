/**
 * Ranges of days in the seven languages chrono reads: a happening over several days is dated by its first.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type Found, fixYear, iso, isValid, nearest } from "./calendar";
import { monthAlternation } from "./dates-arabic";

// The JSON is ours (seed/lexicons): month names of en, fr, it, es, pt, de and ru (Russian in the genitive).
const MONTHS = (datesData as unknown as { months: Readonly<Record<string, readonly string[]>> }).months;

let rangeRe: { re: RegExp; month: Map<string, number> } | undefined;
/**
 * Two days of one month: "les 12 et 13 juillet", "del 24 al 27 de noviembre", "9 и 10 марта", "am 9. und
 * 10. März", "from 12 to 14 July", "from the 5th to the 7th of November". chrono reads the coordinated ones as their last day (or not at all); a
 * happening over several days is dated by its first.
 */
export function parseDayRanges(text: string, ref: string | undefined): Found[] {
  if (!rangeRe) {
    const { re, month } = monthAlternation(MONTHS);
    rangeRe = {
      re: new RegExp(
        `(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:\\s+(?:and|to|through|et|au|à|e|al|a|y|hasta el|ao|und|bis|zum|и|по)\\s+(?:the\\s+)?|\\s*[-–—]\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+|of\\s+)?(${re})(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
        "giu",
      ),
      month,
    };
  }
  const out: Found[] = [];
  for (const m of text.matchAll(rangeRe.re)) {
    const month = rangeRe.month.get((m[3] ?? "").toLowerCase());
    const d1 = Number(m[1]);
    const d2 = Number(m[2]);
    const written = m[4] ? Number(m[4]) : undefined;
    if (!month || d2 <= d1) continue;
    // Without its year, the range takes the one nearest the reference, as chrono does for a single day.
    let year = written;
    if (year === undefined && ref)
      year = Number(fixYear(ref, month, d1, Number(ref.slice(0, 4)), nearest(ref, month, d1)).slice(0, 4));
    if (year === undefined) continue;
    if (!isValid(year, month, d1) || !isValid(year, month, d2)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: iso(year, month, d1),
      endDate: iso(year, month, d2),
      evidence: "explicit",
      yearWritten: written !== undefined,
    });
  }
  return out;
}

const MONTH_NAMES = Object.values(MONTHS).flat();
/** Whether a word is a month name or its abbreviation ("mai", "августа", "Feb", "sept"). */
export function isMonthWord(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 3 && MONTH_NAMES.some((m) => m.startsWith(w));
}
