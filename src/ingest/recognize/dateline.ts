/**
 * A report's dateline: the place (and often the day) a wire or paper opens its story with ("RABAT, 28 Feb (MAP) -",
 * "Ciudad de México.-", "ALGER, 12 mai (APS)"), at the start of one of its first paragraphs. The page's own date line
 * ("Mon, 19 Jul 2021 - 12:43 GMT") is one only when no dateline with a place follows it.
 */
import type { MatchDoc } from "../match/normalize";
import datesData from "../../../seed/lexicons/dates.json";
import { isMonthWord } from "./date-ranges";

/** A dateline: a short opening ("RABAT, 28 Feb (MAP)", "ASTANA", "الرباط") closed by a dash or colon, or "ASTANA." */
const DATELINE = /^([^\n.!?]{2,70}?)\s?(?:\s[–—:-]{1,2}|[–—]{1,2})\s|^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)\.\s/u;
/** A dateline closed by a stop and a dash ("Ciudad de México.-", "LIMA.–"): no sentence is written so. */
const DOT_DASH = /^([^\n.!?]{2,40}?)\.\s?[-–—]\s?/u;
/**
 * A wire dateline of a place and a day with no dash after the place ("ALGER, 12 mai (APS)" on a line of its own,
 * "Тяньцзинь. 31 августа. AGENCY - …", "Самарканд. 14 мая. Президенты…", "MOSCOW, April 22. /AGENCY/."): it runs to
 * the end of a short line or to a dash soon after, else just past the month, or the year after it ("MOSCOW, March 6,
 * 2009.", "LIMA, 6 de marzo de 2026."). The first of a month may be written as an ordinal ("Rabat, 1er octobre,
 * AGENCY").
 */
const PLACE_DAY =
  /^\p{Lu}[\p{L}'’ -]{1,30}[.,]\s*(?:\d{1,2}(?:er|º|°)?\.?\s+(?:de\s+)?(\p{L}+)|(\p{L}+)\.?\s+\d{1,2}(?!\d))(?:,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d))?\.?/u;
/**
 * A place, then the month, the day and the year after a slash, maybe the agency in brackets: "Addis Ababa June
 * 30/2021 (ENA)".
 */
const PLACE_MONTH_SLASH =
  /^\p{Lu}[\p{L}'’ -]{1,30}?,?\s+(\p{L}+)\.?\s+\d{1,2}\/(?:19|20)\d\d(?!\d)(?:\s*\([^()\n]{1,30}\))?[\s:–—-]*/u;
/**
 * An Arabic wire dateline of a place, a full date and the agency in brackets, with no dash ("رام الله 24 مايو 2022
 * (شينخوا) وقعت…", "القاهرة في 3 مارس 2024 (أ ش أ)"): Arabic writes no capital to tell a place from a sentence, so the
 * year and the agency must close it ("أنقرة 15 نوفمبر 2020 شهدت…", "وكانت الرباط في 15 مايو 2019 قد…" are sentences).
 */
const ARABIC_PLACE_DAY =
  /^[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+){0,2}\s+(?:في\s+)?\d{1,2}\s+((?:كانون|تشرين)\s+[\u0600-\u06FF]+|[\u0600-\u06FF]+)\s+(?:19|20)\d\d(?!\d)\s*(?:م\s+)?\([^()\n]{1,30}\)\s*(?:[-–—:]\s*)?/u;
/** The Arabic month names (seed/lexicons/dates.json `arabicMonths`). */
const ARABIC_MONTHS: ReadonlySet<string> = new Set(
  Object.values(
    (datesData as unknown as { arabicMonths: Readonly<Record<string, readonly string[]>> }).arabicMonths,
  ).flat(),
);
const PLACE_DAY_TAIL = /^[^\n]{0,40}?\s[–—-]\s|^[^\n]{0,50}\n/;
/**
 * A city and a day in figures closed by a stop right after a country's dateline ("SENEGAL – Dakar 24/05/2015. Il 21
 * maggio…"): the filing day, the dateline's, not the lead's.
 */
const DATE_AFTER = /^(?:\p{Lu}[\p{L}'’ -]{1,30}?,?\s+)?\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\.(?=\s)/u;
/**
 * An agency's name closed by a stop right after a dateline's dash, the story starting after it ("МОСКВА, 9 окт —
 * РИА Новости. Россия и…", "СУХУМ, 9 окт — Sputnik. …"): the dateline's, not the lead's first sentence.
 */
const AGENCY_AFTER = /^\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}\.(?=\s+\p{Lu})/u;
/** A dateline may open one of the first paragraphs (after a headline, a kicker or page noise), this far in. */
export const DATELINE_REACH = 400;
const DATELINE_PARAGRAPHS = 12;

/**
 * A place's name in title case closed by a long dash, a sentence starting after it ("Nairobi — Kenya and Angola…",
 * "Ciudad de Panamá – El canciller…"); an aside ("Kenya — the largest economy —") goes on in lower case.
 */
const TITLE_CASE_PLACE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de|del|da|do|di|of|la|el|al)?\s*\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/** Whether an opening is a dateline rather than the start of a sentence with a dash in it. */
function isDateline(prefix: string, dash = ""): boolean {
  if (/[(\d]/.test(prefix)) return true;
  if (/[–—]/.test(dash) && TITLE_CASE_PLACE.test(prefix.trim())) return true;
  const first = prefix.trim().split(/[\s,]+/)[0] ?? "";
  if (/^\p{Lu}{3,}$/u.test(first.replace(/-/g, ""))) return true;
  return /^[\u0600-\u06FF\s]+$/.test(prefix) && prefix.trim().split(/\s+/).length <= 3;
}

/** Weekdays of the eight languages (accents and case aside): a page's date line names one, never a place. */
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes|domingo|segunda|terca|quarta|quinta|sexta|feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)$/u;
/** Words of a date line besides its day, month, year and weekday: a time, its zone, linking words. */
const DATE_TIME_WORDS = /^(?:gmt|utc|cet|cest|am|pm|h|le|de|del|el|den|der|am|the|of|du|do|da|di|в|г)$/u;

/**
 * Whether a dash-closed opening is only the page's own date ("Mon, 19 Jul 2021 - 12:43 GMT", "Lundi 4 mai 2026 -
 * 10h15"): digits, month names, weekdays and a time's words, no place.
 */
function isDateOnly(prefix: string): boolean {
  if (!/\d/.test(prefix)) return false;
  return words(prefix).every((w) => isMonthWord(w) || WEEKDAY.test(w) || DATE_TIME_WORDS.test(w));
}

/** The words of a stretch of text, lower case, accents aside. */
function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * Whether the place of a place-and-day opening names a weekday: a page's date line after a word of page noise
 * ("Flagge Samstag, 30 September 2023"), never a place.
 */
function namesWeekday(opening: string): boolean {
  const place = opening.split(/[.,]/)[0] ?? "";
  return words(place).some((w) => WEEKDAY.test(w));
}

/** The dateline of a text: at the start of one of its first paragraphs. */
export function datelineOf(text: string): { start: number; end: number } | undefined {
  let start = 0;
  // The page's own date line closed by a dash: the dateline unless a wire's dateline with a place follows it.
  let dateOnly: { start: number; end: number } | undefined;
  for (let i = 0; i < DATELINE_PARAGRAPHS && start < DATELINE_REACH; i++) {
    const m = DATELINE.exec(text.slice(start, start + 120));
    const prefix = m?.[1] ?? m?.[2];
    const dash = m && prefix && /^\p{Lu}/u.test(text.slice(start + m[0].length)) ? m[0].slice(prefix.length) : "";
    if (m && prefix && (m[2] || isDateline(prefix, dash))) {
      if (!isDateOnly(prefix)) {
        const end = start + m[0].length + bracketRest(text, start, prefix, m[0]);
        const after = text.slice(end, end + 60);
        return { start, end: end + ((DATE_AFTER.exec(after) ?? AGENCY_AFTER.exec(after))?.[0].length ?? 0) };
      }
      dateOnly ??= { start, end: start + m[0].length };
    }
    const dotDash = DOT_DASH.exec(text.slice(start, start + 60));
    if (dotDash) return { start, end: start + dotDash[0].length };
    const slashed = PLACE_MONTH_SLASH.exec(text.slice(start, start + 80));
    if (slashed && isMonthWord(slashed[1] ?? "")) return { start, end: start + slashed[0].length };
    const arabic = ARABIC_PLACE_DAY.exec(text.slice(start, start + 120));
    if (arabic && ARABIC_MONTHS.has(arabic[1] ?? "")) return { start, end: start + arabic[0].length };
    const placeDay = PLACE_DAY.exec(text.slice(start, start + 120));
    if (
      placeDay &&
      isMonthWord(placeDay[1] ?? placeDay[2] ?? "") &&
      !isDateOnly(placeDay[0]) &&
      !namesWeekday(placeDay[0])
    ) {
      const end = start + placeDay[0].length;
      return { start, end: end + (PLACE_DAY_TAIL.exec(text.slice(end, end + 60))?.[0].length ?? 0) };
    }
    const next = text.indexOf("\n", start);
    if (next < 0) break;
    start = next + 1;
    while (start < text.length && /\s/.test(text[start] ?? "")) start++;
  }
  return dateOnly;
}

/** Characters at most from a dateline's dash to the bracket it leaves open. */
const BRACKET_REACH = 60;

/**
 * How far a dateline runs past its dash to close the bracket its prefix opened ("MOSCOW (Agency / Wire - 11th June,
 * 2020) In a call…": the day in the bracket is the dateline's, not the lead's).
 */
function bracketRest(text: string, start: number, prefix: string, matched: string): number {
  if ((prefix.match(/\(/g) ?? []).length <= (prefix.match(/\)/g) ?? []).length) return 0;
  const from = start + matched.length;
  const close = /^[^()\n]{0,60}\)\s*/u.exec(text.slice(from, from + BRACKET_REACH + 2));
  return close ? close[0].length : 0;
}

/** A report's dateline, found once per report (the date roles and the event date both ask). */
const datelines = new WeakMap<MatchDoc, { start: number; end: number } | null>();
export function datelineOfDoc(doc: MatchDoc): { start: number; end: number } | undefined {
  let found = datelines.get(doc);
  if (found === undefined) {
    found = datelineOf(doc.text) ?? null;
    datelines.set(doc, found);
  }
  return found ?? undefined;
}
