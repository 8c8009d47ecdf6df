/**
 * A day of the month said without its month ("no dia 10", "el pasado día 10", "il giorno 10",
 * "10-го числа"), or of the current month ("le 22 courant", "يوم 22 الجاري"): that day of the reference's month, or of the month before when it is still to come there. A day a
 * parser reads with its month ("el día 10 de marzo") is the parser's. The words are ours (dates.json, `dayOfMonth`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type Found, iso, isValid } from "./calendar";
import { wordPatterns } from "./date-word-patterns";

const DATA = (datesData as unknown as { dayOfMonth: Readonly<Record<string, readonly string[]>> }).dayOfMonth;

const patternFor = wordPatterns(
  (lang) => DATA[lang],
  (lang) => (lang === "ar" ? "([0-9٠-٩]{1,2})" : "(\\d{1,2})"),
);
/** A day in Western or Arabic-Indic figures. */
const dayNumber = (s: string) => Number(s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)));

/** The day `day` of `ref`'s month, else of the month before when it comes after `ref`. */
function dayNear(ref: string, day: number): string | undefined {
  let [y, m] = [Number(ref.slice(0, 4)), Number(ref.slice(5, 7))];
  if (iso(y, m, day) > ref) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return isValid(y, m, day) ? iso(y, m, day) : undefined;
}

/** The days of the month said without their month in a text, against `ref`. */
export function parseDaysOfMonth(text: string, lang: string, ref: string | undefined): Found[] {
  const re = patternFor(lang);
  if (!re || !ref) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const day = dayNumber(m.slice(1).find((g) => g !== undefined) ?? "");
    const date = day >= 1 && day <= 31 ? dayNear(ref, day) : undefined;
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date, evidence: "explicit" });
  }
  return out;
}
