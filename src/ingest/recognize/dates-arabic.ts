/**
 * Arabic dates, parsed here rather than by chrono so that every month series works: Mashriq
 * (فبراير), Maghreb (نونبر، شتنبر، غشت، ماي), Algeria/Tunisia (جانفي، فيفري، أوت) and Levant
 * (شباط، تشرين). Digits may be Eastern (٢٤). Handles day ranges, d/m/y, weekdays (يوم الجمعة),
 * "أمس", and الماضي/المقبل after a date. Works on a length-preserving folded copy of the text, so
 * offsets are the original's.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type Direction, dayOf, type Found, fixYear, fromDay, iso, isValid, nearest, weekdayFound } from "./calendar";
import { foldDigits } from "../match/normalize";
import { nearestWeekday } from "./date-days-back";

// The JSON is ours (seed/lexicons); a unit test checks the month tables against ICU.
const DATA = datesData as unknown as {
  arabicMonths: Readonly<Record<string, readonly string[]>>;
  arabicWeekdays: Readonly<Record<string, readonly string[]>>;
};

/** A regex alternation of month names (longest first) and the month of each folded name. */
export function monthAlternation(table: Readonly<Record<string, readonly string[]>>): {
  re: string;
  month: Map<string, number>;
} {
  const month = new Map<string, number>();
  for (const [m, names] of Object.entries(table))
    for (const n of names) month.set(foldArabicLetters(n).toLowerCase(), Number(m));
  const names = [...month.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+"));
  return { re: names.join("|"), month };
}

/** Length-preserving Arabic folding (hamza carriers, alef maqsura, Eastern digits) for regex matching. */
function foldArabicLetters(s: string): string {
  return foldDigits(s)
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي");
}

/** Times of day before a weekday ("مساء الثلاثاء": Tuesday evening), folded. */
const TIMES_OF_DAY = "مساء|صباح|ظهر|ظهيرة|عصر|فجر";
/**
 * What may stand before a weekday's name in its match: يوم, اليوم (today) or a time of day, the name maybe in brackets
 * ("اليوم (الثلاثاء)", a wire's habit).
 */
const BEFORE_WEEKDAY = new RegExp(`^(?:(?:ال)?يوم|${TIMES_OF_DAY})\\s+\\(?`);

let arabicRe:
  | { date: RegExp; weekday: RegExp; yesterday: RegExp; months: Map<string, number>; weekdays: Map<string, number> }
  | undefined;
function arabicPatterns() {
  if (arabicRe) return arabicRe;
  const { re, month } = monthAlternation(DATA.arabicMonths);
  const weekdays = new Map<string, number>();
  const bare: string[] = [];
  const withYawm: string[] = [];
  for (const [d, names] of Object.entries(DATA.arabicWeekdays)) {
    if (d.startsWith("$")) continue;
    for (const raw of names) {
      const name = foldArabicLetters(raw.replace(/^!/, ""));
      weekdays.set(name, Number(d));
      (raw.startsWith("!") ? withYawm : bare).push(name);
    }
  }
  // Monday and Sunday need يوم, today's اليوم ("اليوم الأحد"), a time of day ("مساء الاثنين", "صباح الأحد") or commas
  // around them ("، الإثنين،").
  const wd = `(?:(?:ال)?يوم\\s+\\(?)?(?:${bare.join("|")})|(?:(?:ال)?يوم|${TIMES_OF_DAY})\\s+\\(?(?:${withYawm.join("|")})|(?<=[،,]\\s?)(?:${withYawm.join("|")})(?=\\s?[،,])`;
  arabicRe = {
    // [weekday] day [–day] month [/month of another series] [year], on folded text (إلى → الي, حتى → حتي)
    date: new RegExp(
      `(?<!\\d)(?:(?:${wd})\\s*[،,]?\\s*)?(\\d{1,2})(?:\\s*(?:-|–|الي|و|حتي)\\s*(\\d{1,2}))?\\s+(?:من\\s+)?(?:شهر\\s+)?(${re})(?![\\u0621-\\u064A])(?:\\s*\\/\\s*(?:${re})(?![\\u0621-\\u064A]))?(?:\\s*[،,]?\\s*(?:من\\s+)?(?:سنة|عام)?\\s*(\\d{4}))?`,
      "g",
    ),
    weekday: new RegExp(`(?<![\\u0621-\\u064A])[وف]?(?:ب|ل)?(${wd})(?![\\u0621-\\u064A])`, "g"),
    // "أمس" (yesterday), "أمس الأول" / "أول أمس" / "أول من أمس" (the day before), with the weekday said after it
    // ("أمس الأول الإثنين"), which needs no يوم there.
    yesterday: new RegExp(
      `(?<![\\u0621-\\u064A])(?:و?(?:ب?ال)?امس(\\s+الاول)?|و?(اول)\\s+(?:من\\s+)?امس)(?:\\s*[،,]?\\s*(?:يوم\\s+)?(${[...weekdays.keys()].join("|")}))?(?![\\u0621-\\u064A])`,
      "g",
    ),
    months: month,
    weekdays,
  };
  return arabicRe;
}

/** Dates in figures: day, separator, month, the same separator, year; or year-month-day. */
const NUMERIC = /(?<![\d.\-/])(?:(\d{1,2})([./-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d.\-/]*\d)/g;

/** "اليوم" standing alone (today), in matching form. */
const TODAY = /(?<![\u0621-\u064A])[وف]?اليوم(?![\u0621-\u064A])/gu;
/** Words before "اليوم" that make it a day named otherwise ("في اليوم", "حتى اليوم": until now, "ذلك اليوم"). */
const NOT_TODAY_BEFORE = new Set([
  "في",
  "وفي",
  "حتي",
  "الي",
  "منذ",
  "ذلك",
  "تلك",
  "لذلك",
  "طوال",
  "طيلة",
  "مدار",
  "نهاية",
  "بداية",
  "مطلع",
  "خلال",
]);
/** Words after it that make it "the day" of something ("اليوم التالي", "اليوم الوطني", "اليوم نفسه", "اليوم الذي"). */
const NOT_TODAY_AFTER =
  /^(?:التالي|الموالي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|الختامي|الافتتاحي|الوطني|العالمي|الدولي|المفتوح|نفسه|ذاته|الذي|المحدد|المقرر|السابق|من)$/u;

/** Arabic dates: "28 فبراير 2025", "٢٤-٢٧ نونبر ٢٠٢٥", "الجمعة", "24/11/2025", "28.11.2025", "أمس". */
export function parseArabic(text: string, ref: string | undefined): Found[] {
  const folded = foldArabicLetters(text);
  const { date, weekday, yesterday, months, weekdays } = arabicPatterns();
  const out: Found[] = [];
  const refYear = Number((ref ?? "").slice(0, 4)) || undefined;
  for (const m of folded.matchAll(date)) {
    const month = months.get((m[3] ?? "").replace(/\s+/g, " ").toLowerCase());
    const d1 = Number(m[1]);
    const d2 = m[2] ? Number(m[2]) : undefined;
    const written = m[4] ? Number(m[4]) : undefined;
    const year = written ?? refYear;
    if (!month || !year || !isValid(year, month, d1)) continue;
    const end = m.index + m[0].length;
    let dateStr = iso(year, month, d1);
    if (!written && ref)
      dateStr = fixYear(ref, month, d1, year, arabicDirection(folded, end) ?? nearest(ref, month, d1));
    const found: Found = {
      start: m.index,
      end,
      date: dateStr,
      evidence: "explicit",
      yearWritten: written !== undefined,
    };
    const direction = arabicDirection(folded, end);
    if (direction) found.direction = direction;
    if (d2 && d2 > d1 && isValid(year, month, d2))
      found.endDate = `${dateStr.slice(0, 8)}${String(d2).padStart(2, "0")}`;
    out.push(found);
  }
  // A date in figures, day first ("28/01/2026", "28.01.2026", "28-01-2026") or ISO ("2026-01-28"): a page's date line.
  for (const m of folded.matchAll(NUMERIC)) {
    const [d, mo, y] = m[5] ? [Number(m[7]), Number(m[6]), Number(m[5])] : [Number(m[1]), Number(m[3]), Number(m[4])];
    if (isValid(y, mo, d))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        date: iso(y, mo, d),
        evidence: "explicit",
        yearWritten: true,
      });
  }
  if (ref) {
    for (const m of folded.matchAll(yesterday)) {
      const back = fromDay(dayOf(ref) - (m[1] || m[2] ? 2 : 1));
      const wd = m[3] ? weekdays.get(m[3]) : undefined;
      const date = wd === undefined ? back : nearestWeekday(back, wd);
      out.push({ start: m.index, end: m.index + m[0].length, date, evidence: "weekday" });
    }
    for (const m of folded.matchAll(weekday)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((f) => start < f.end && f.start < end)) continue;
      const name = (m[1] ?? "").replace(BEFORE_WEEKDAY, "");
      const wd = weekdays.get(name);
      if (wd === undefined) continue;
      const direction = arabicDirection(folded, end);
      out.push(weekdayFound(start, end, ref, wd, direction));
    }
    // "اليوم" alone, as an adverb: the report's own day ("وقع البلدان اليوم اتفاقية"), as weak as a weekday; one
    // with its weekday ("اليوم السبت") is read above.
    for (const m of folded.matchAll(TODAY)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((f) => start < f.end && f.start < end)) continue;
      const before =
        folded
          .slice(Math.max(0, start - 12), start)
          .trim()
          .split(/\s+/)
          .at(-1) ?? "";
      const after =
        folded
          .slice(end, end + 14)
          .trim()
          .split(/[\s،,.]+/)[0] ?? "";
      if (NOT_TODAY_BEFORE.has(before) || NOT_TODAY_AFTER.test(after)) continue;
      out.push({ start, end, date: ref, evidence: "weekday" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function arabicDirection(folded: string, end: number): Direction {
  const after = folded.slice(end, end + 16);
  if (/^\s*(?:من\s+)?(?:الشهر\s+|العام\s+|السنة\s+)?(?:الماضي|الماضية|المنصرم|المنصرمة|الفايت)/.test(after))
    return "past";
  if (/^\s*(?:من\s+)?(?:الشهر\s+|العام\s+|السنة\s+)?(?:المقبل|المقبلة|القادم|القادمة)/.test(after)) return "future";
  return undefined;
}
