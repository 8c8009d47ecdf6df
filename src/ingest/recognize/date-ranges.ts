/**
 * Ranges of days in the seven languages chrono reads: a happening over several days is dated by its first.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type Found, fixYear, iso, isValid, nearest } from "./calendar";
import { monthAlternation } from "./dates-arabic";

// The JSON is ours (seed/lexicons): month names of en, fr, it, es, pt, de and ru (Russian in the genitive).
const MONTHS = (datesData as unknown as { months: Readonly<Record<string, readonly string[]>> }).months;

let alternation: { re: string; month: Map<string, number> } | undefined;
/** The month names' alternation and their numbers, read once for both readers of spans of days. */
const monthNames = () => {
  alternation ??= monthAlternation(MONTHS);
  return alternation;
};

let rangeRe: { re: RegExp; month: Map<string, number> } | undefined;
/**
 * Two days of one month: "les 12 et 13 juillet", "del 24 al 27 de noviembre", "el 19 y el 20 de agosto", "9 и 10 марта", "am 9. und
 * 10. März", "from 12 to 14 July", "from the 5th to the 7th of November". chrono reads the coordinated ones as their last day (or not at all); a
 * happening over several days is dated by its first.
 */
export function parseDayRanges(text: string, ref: string | undefined): Found[] {
  if (!rangeRe) {
    const { re, month } = monthNames();
    rangeRe = {
      re: new RegExp(
        `(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:\\s+(?:and|to|through|et|au|à|e|al|a|y|hasta el|ao|und|bis|zum|и|по)\\s+(?:the\\s+|el\\s+|le\\s+|il\\s+|o\\s+)?|\\s*[-–—]\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+|of\\s+)?(${re})(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
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
    if (!month || d2 <= d1 || moved(text, m.index ?? 0)) continue;
    const year = yearOf(written, ref, month, d1);
    if (year === undefined || !isValid(year, month, d1) || !isValid(year, month, d2)) continue;
    out.push(spanOf(m, iso(year, month, d1), iso(year, month, d2), written));
  }
  return out;
}

let spanRe: { re: RegExp; month: Map<string, number> } | undefined;
/**
 * Days of two months: "du 31 juillet au 1er août 2024", "from 30 June to 2 July 2024", "del 30 de junio al 2 de
 * julio de 2024", "с 30 июня по 2 июля 2024 года", "vom 30. Juni bis 2. Juli 2024". Dated by the first day; a year
 * written after the second month is the first's too, or the year before when the span runs into January.
 */
export function parseMonthSpans(text: string, ref: string | undefined): Found[] {
  if (!spanRe) {
    const { re, month } = monthNames();
    const day = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|o)?\.?`;
    spanRe = {
      re: new RegExp(
        `(?<![\\d.,])${day}\\s+(?:de\\s+|of\\s+|di\\s+)?(${re})(?![\\p{L}])\\s*(?:au|to|through|till|until|al|a|ao|bis|zum|по|hasta el|[-–—])\\s+(?:the\\s+)?${day}\\s+(?:de\\s+|of\\s+|di\\s+)?(${re})(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
        "giu",
      ),
      month,
    };
  }
  const out: Found[] = [];
  for (const m of text.matchAll(spanRe.re)) {
    const [m1, m2] = [spanRe.month.get((m[2] ?? "").toLowerCase()), spanRe.month.get((m[4] ?? "").toLowerCase())];
    const [d1, d2] = [Number(m[1]), Number(m[3])];
    if (!m1 || !m2 || m1 === m2 || moved(text, m.index ?? 0)) continue;
    const written = m[5] ? Number(m[5]) : undefined;
    const endYear = yearOf(written, ref, m2, d2);
    if (endYear === undefined) continue;
    // Only a span of days across one turn of the month ("31 July to 1 August", "30 December to 2 January").
    const startYear = m2 < m1 ? endYear - 1 : endYear;
    if ((m2 - m1 + 12) % 12 !== 1 || !isValid(startYear, m1, d1) || !isValid(endYear, m2, d2)) continue;
    out.push(spanOf(m, iso(startYear, m1, d1), iso(endYear, m2, d2), written));
  }
  return out;
}

/**
 * A move of a date ("aplazada del 30 de junio al 1 de julio", "moved from 30 June to 1 July", "reporté du 31 juillet
 * au 1er août"): its two days are the old date and the new, no span of days.
 */
const MOVED =
  /(?:postpon|moved|reschedul|delay|push(?:ed)? back|aplaz|pospu|posterg|trasladad|report[ée]|décal|repouss|adiad|transferid|rinvi|spostat|posticip|verschob|verlegt|перенес|перенос|отлож|تأجيل|أرجئ|إرجاء|تأجل)[\p{L}]*\s+(?:\p{L}+\s+){0,3}$/iu;
const moved = (text: string, at: number) => MOVED.test(text.slice(Math.max(0, at - 60), at));

/** The year written, else the one nearest the reference for that day, as chrono gives a single day without one. */
function yearOf(written: number | undefined, ref: string | undefined, month: number, day: number): number | undefined {
  if (written !== undefined || !ref) return written;
  return Number(fixYear(ref, month, day, Number(ref.slice(0, 4)), nearest(ref, month, day)).slice(0, 4));
}

/** A span of days found at a match. */
function spanOf(m: RegExpMatchArray, date: string, endDate: string, written: number | undefined): Found {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, date, endDate, evidence: "explicit", yearWritten: written !== undefined };
}

const MONTH_NAMES = Object.values(MONTHS).flat();
/** Whether a word is a month name or its abbreviation ("mai", "августа", "Feb", "sept"). */
export function isMonthWord(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 3 && MONTH_NAMES.some((m) => m.startsWith(w));
}
