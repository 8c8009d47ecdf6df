/**
 * Raw dates of a text: chrono-node for en/fr/it/es/pt/de/ru (one locale import each), dates-arabic.ts for
 * Arabic, and our own day ranges and written days. On top of chrono: a bare weekday means the last one on or
 * before the reference (news tells the past); "3 décembre dernier" / "scorso" / "الماضي" goes back, "prochain"
 * forward; a day without its year takes the reference's; nothing ever depends on the wall clock.
 */
import * as chrono from "chrono-node";
import * as de from "chrono-node/de";
import * as es from "chrono-node/es";
import * as fr from "chrono-node/fr";
import * as it from "chrono-node/it";
import * as pt from "chrono-node/pt";
import * as ru from "chrono-node/ru";
import datesData from "../../../seed/lexicons/dates.json";
import type { MatchDoc } from "../match/normalize";
import { dayOf, type Found, fixYear, fromDay, iso, isValid, weekdayFound } from "./calendar";
import { CLOCK, isWireDateline } from "./date-page";
import { type CueSpan, directionAt } from "./date-cues";
import { parseDayRanges, parseMonthSpans } from "./date-ranges";
import { type DateWindow, dayByWeekday } from "./date-window";
import { parseWrittenDays } from "./date-words";
import { parseArabic } from "./dates-arabic";
import { parseDaysAgo } from "./date-days-ago";
import { parsePartsOfToday } from "./date-parts-of-today";
import { parseDaysBack, withWeekdaysJoined } from "./date-days-back";
import { parseDaysOfMonth } from "./date-day-of-month";
import { parseNextDays } from "./date-next-day";
import { parseWeekdayCompounds } from "./date-weekday-compounds";
import { nearestWeekdayDay, trailingDay } from "./date-weekday-number";
import { parseHolidays } from "./date-holidays";

const RELATIVE_DAY =
  /yesterday|today|tomorrow|hier|aujourd|demain|ieri|oggi|domani|ayer|hoy|mañana|ontem|hoje|amanhã|gestern|heute|morgen|вчера|сегодня|завтра/i;
/** A span of time, not an offset: "pendant 3 jours", "per 3 giorni", "durante 3 días", "в течение 3 дней", "لمدة". */
const FOR_SPAN = /^(?:for|during|over|pendant|durant|per|durante|por|während|в\s+течение|на\s+протяжении|لمدة)\s/iu;
/** Two numbers joined by a slash, no year, no month name: "3/4", "24/7" are fractions or round the clock, not days. */
const BARE_SLASH = /^\d{1,2}\/\d{1,2}$/;
/** What may stand before a day written as "10/03": a word for "on" or "of the day". */
const DAY_WORD_BEFORE = /(?:^|[^\p{L}])(?:on|le|du|au|il|el|del|dal|al|am|vom|bis|em|no|dia|día|до|с|по)\s+$/iu;
/(?:^|[^\p{L}])(?:on|le|du|au|il|el|del|am|vom|bis|до|с|по|в|о|a|em|no|dia|día|giorno|jour|\p{L}+(?:day|di|dì|dí|es|ag|tag|feira|di|ье|ник|ница|реду|бота))\s+$/iu;
/** chrono's reference when a report gives none: any result that depends on it is dropped. */
const NO_REFERENCE = "2000-01-01";

interface Parser {
  parse(text: string, ref?: Date, option?: { forwardDate?: boolean }): chrono.ParsedResult[];
}
const PARSERS: Readonly<Record<string, Parser>> = {
  en: chrono.casual,
  fr: fr.casual,
  it: it.casual,
  es: es.casual,
  pt: pt.casual,
  de: de.casual,
  ru: ru.casual,
};

/** What the parsers read: a text, its language, the reference date and the days it can be from. */
export interface ParseInput {
  doc: MatchDoc;
  lang: string;
  ref: string | undefined;
  cueSpans: CueSpan[];
  window: DateWindow | undefined;
}

const ORDINAL_WEEKDAYS = (datesData as { ordinalWeekdays: Record<string, { words: string[]; followers: string[] }> })
  .ordinalWeekdays;

/** Whether a weekday word is an ordinal before its noun ("a quarta visita" is the fourth visit, not Wednesday's). */
function isOrdinal(text: string, lang: string, word: string, end: number): boolean {
  const table = ORDINAL_WEEKDAYS[lang];
  if (!table?.words.includes(word.trim().toLowerCase())) return false;
  const next = /^\s+(\p{Ll}[\p{L}]*)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && !table.followers.includes(next);
}

/** Languages that write weekdays in lower case: there, one capitalised after a capitalised word is a name's. */
const LOWER_CASE_WEEKDAYS = new Set(["fr", "it", "es", "pt", "ru"]);

/**
 * Whether a weekday is part of a name ("Santo Domingo", "São Domingos", "SANTO DOMINGO"): capitalised right after a
 * capitalised word, or a capitalised abbreviation, no stop after it, right before a capitalised word ("Mar Nero",
 * "Mar Rojo": a sea, not martes).
 */
function isNamePart(text: string, lang: string, start: number, matched: string): boolean {
  if (!LOWER_CASE_WEEKDAYS.has(lang)) return false;
  // …in a dateline's capitals too ("SANTO DOMINGO.-"): a weekday in capitals right after a word in capitals.
  const caps = /\p{Lu}{4,}/u.exec(matched);
  if (caps && /(?:^|[^\p{L}])\p{Lu}{2,} $/u.test(text.slice(Math.max(0, start + caps.index - 40), start + caps.index)))
    return true;
  const word = /\p{Lu}\p{Ll}+/u.exec(matched);
  if (!word) return false;
  if (/^\p{Lu}\p{Ll}{1,2}$/u.test(matched.trim()) && /^ \p{Lu}\p{Ll}/u.test(text.slice(start + matched.length)))
    return true;
  const at = start + word.index;
  return /(?:^|[^\p{L}])\p{Lu}\p{L}+ $/u.test(text.slice(Math.max(0, at - 40), at));
}

/** A day, a month word and a year joined by dots ("25.Aug.2023", "12.mar.2026"). */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\p{L}{3,9})\.(\d{4})(?![\d.])/gu;
/** The text with such dots as spaces, for chrono: same length, so every offset stays the text's. */
const undotted = (text: string) => text.replace(DOTTED, "$1 $2 $3");
/**
 * An ordinal mark after a day ("1º de marzo", "1.º de março", "1-го марта"; NFKC has made º and ª the letters o and
 * a): blanked for chrono, same length.
 */
const ORDINAL_MARK = /(?<=(?<!\d)\d{1,2})(?:\.?[ºªoa](?=\s+de\s)|-(?:го|е|ое)(?=\s))/gu;
/** A clock time ("15:07"): blanked for chrono, whose parsers read its minutes as a day ("07⏎25 мая" as 7 May). */
const CLOCK_TIME = new RegExp(CLOCK.source, "gu");
/**
 * An all-number date with a space after each dot ("16. 11. 2017", as Czech, Slovak and some Chinese sites print it):
 * the dots closed up for chrono and the spaces moved after the year, same length.
 */
const SPACED = String.raw`(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)`;
const SPACED_DOTS = new RegExp(String.raw`(?<![\d.])${SPACED}(?![\d.])`, "gu");
/** Such a date at the start of a match, to end the match where the text's year ends. */
const SPACED_DATE = new RegExp(`^${SPACED}`, "u");
/**
 * A paragraph break: no date runs across it. Chrono reads "24 luglio 2021", a blank line, then "- Oggi" as one range
 * from that day to today; a full stop in place of the first line end keeps them apart, same length.
 */
const PARAGRAPH_BREAK = /\n(?=[ \t]*\n)/gu;
/**
 * "del" before a year ("19 de agosto del 2024", "19 agosto del 2024"), as Spanish and Italian write it: "de" for
 * Spanish and Portuguese; for Italian the year moved up in its place, as chrono reads "19 agosto 2024". Same length.
 */
const DEL_YEAR = /(?<=\p{L}\s+)del(\s+)((?:19|20)\d{2})(?!\d)/gu;
const DEL_FOR: Readonly<Record<string, (gap: string, year: string) => string>> = {
  es: (gap, year) => `de ${gap}${year}`,
  pt: (gap, year) => `de ${gap}${year}`,
  it: (gap, year) => `${year}${" ".repeat(gap.length + 3)}`,
};
/** The text as chrono reads it best, with every offset the text's. */
/**
 * A German day written without its dot before a month ("30 September 2023", as wires and page headers write it),
 * closed up with one as chrono reads it ("30.September 2023"): the same length, so offsets hold.
 */
const GERMAN_DAY_MONTH =
  /(?<![\d.])(\d{1,2}) (Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/gu;
const forChrono = (text: string, lang: string) =>
  (lang === "de" ? undotted(text).replace(GERMAN_DAY_MONTH, "$1.$2") : undotted(text))
    .replace(SPACED_DOTS, "$1.$2.$3  ")
    .replace(PARAGRAPH_BREAK, ".")
    .replace(ORDINAL_MARK, (m) => " ".repeat(m.length))
    .replace(CLOCK_TIME, (m) => " ".repeat(m.length))
    .replace(DEL_YEAR, (m, gap: string, year: string) => DEL_FOR[lang]?.(gap, year) ?? m);
/**
 * An all-number date joined by dots ("10.03.2022"): day first in every language we read. Only slashes are
 * month first, and only in American English, where chrono's English parser reads dots the same way.
 */
const DOTTED_NUMBERS = /^(\d{1,2})\.(\d{1,2})\.(?:\d{2}|\d{4})$/;

/** Dates chrono finds, corrected for weekdays, direction words and a missing year. */
function parseWithChrono({ doc, lang, ref, cueSpans, window }: ParseInput): Found[] {
  const parser = PARSERS[lang] ?? chrono.casual;
  // Never the wall clock: without a reference, chrono gets a fixed one, and every result that would
  // depend on it (a missing year, "yesterday", a weekday) is dropped below.
  const refDate = new Date(`${ref ?? NO_REFERENCE}T12:00:00Z`);
  const out: Found[] = [];
  for (const r of parser.parse(forChrono(doc.text, lang), refDate, { forwardDate: false })) {
    const tags = r.tags();
    // "una reunión de 20 minutos", "pendant 2 heures", "в течение 45 минут": how long, never which day.
    if (tags.has("result/relativeDateAndTime")) continue;
    // "in 10 days", "через 10 дней": an offset counted from the reference, meaningless without one, and as weak as
    // "tomorrow" with one.
    const offset = tags.has("result/relativeDate") && /\d/.test(r.text);
    if (offset && (!ref || FOR_SPAN.test(r.text))) continue;
    if (BARE_SLASH.test(r.text.trim()) && !DAY_WORD_BEFORE.test(doc.text.slice(Math.max(0, r.index - 30), r.index)))
      continue;
    const s = r.start;
    const start = r.index;
    // A date read with its spaced dots closed up ends where the text's own year ends.
    const spaced = SPACED_DATE.exec(doc.text.slice(start, start + 12));
    const end = spaced ? start + spaced[0].length : r.index + r.text.length;
    // A match inside a longer word is none ("Mar" of "María": chrono's word boundary ends at an accented letter).
    const letter = (c: string | undefined) => /\p{L}/u.test(c ?? "");
    if (
      (letter(doc.text[start - 1]) && letter(doc.text[start])) ||
      (letter(doc.text[end - 1]) && letter(doc.text[end]))
    )
      continue;
    const direction = directionAt(doc, cueSpans, start, end);
    const hasDay = s.isCertain("day");
    const weekday = s.get("weekday");
    if (!hasDay) {
      // A bare weekday ("Friday", "vendredi", "el viernes pasado"): the last one before publication.
      if (!s.isCertain("weekday") || weekday === null || weekday === undefined || !ref) continue;
      // A short lower-case abbreviation is a word ("so", "mar", "sat", "la mer,"), not a weekday ("So.", "Tue").
      if (/^\p{Ll}{1,3}\.?[,;:]?$/u.test(r.text.trim())) continue;
      if (isOrdinal(doc.text, lang, r.text, end) || isNamePart(doc.text, lang, start, r.text)) continue;
      // "lunedì 18": the number chrono took for an hour is the day of the month, which says which week.
      const day = trailingDay(r.text, doc.text.slice(end, end + 8));
      if (day !== undefined) {
        const date = nearestWeekdayDay(ref, weekday, day);
        if (date) out.push({ start, end, date, evidence: "explicit", ...(direction ? { direction } : {}) });
        continue;
      }
      // "This weekend" is the reference's own week's Saturday: the one to come from a weekday, not last week's.
      if (THIS_WEEKEND.test(r.text)) {
        // The Saturday of the reference's week: the one to come from a weekday, the day itself, or the day before a Sunday.
        out.push(thisWeekday(start, end, ref, SATURDAY, false));
        continue;
      }
      // "Este sábado", "ce samedi", "в эту субботу": the weekday of the reference's own week, which may be to come.
      if (!direction && THIS_WEEKDAY.test(doc.text.slice(Math.max(0, start - 12), start) + r.text.slice(0, -1))) {
        out.push(thisWeekday(start, end, ref, weekday));
        continue;
      }
      out.push(weekdayFound(start, end, ref, weekday, direction));
      continue;
    }
    const y = s.get("year");
    const dotted = DOTTED_NUMBERS.exec(r.text.trim());
    const m = dotted ? Number(dotted[2]) : s.get("month");
    const d = dotted ? Number(dotted[1]) : s.get("day");
    if (!y || !m || !d || !isValid(y, m, d)) continue;
    // "today", "yesterday", "hier": relative to publication, as weak as a weekday ("now" is no date); so is one
    // glossed by a bare day ("hoje, 14", "aujourd'hui, 14"), whose month and year are the reference's.
    const relative = offset || !/\d/.test(r.text) || RELATIVE_DAY.test(r.text);
    if (relative && !offset && (!ref || !RELATIVE_DAY.test(r.text))) continue;
    const written = s.isCertain("year");
    // Without a reference, a weekday with its day ("jeudi 18 avril") may still fall once in the window.
    const pinned =
      !written && !ref && window && s.isCertain("weekday") && typeof weekday === "number"
        ? dayByWeekday(window, m, d, weekday)
        : undefined;
    if (!written && !ref && !pinned) continue;
    // A wire dateline without its year was filed on or before the page's day (a day's grace for its time zone).
    const filedBy =
      !written && ref && !direction && isWireDateline(doc.text, start, end) ? fromDay(dayOf(ref) + 1) : undefined;
    const date =
      pinned ??
      (filedBy ? fixYear(filedBy, m, d, y, "past") : !written && ref ? fixYear(ref, m, d, y, direction) : iso(y, m, d));
    const yearWritten = (written && !offset) || pinned !== undefined;
    const found: Found = { start, end, date, evidence: relative ? "weekday" : "explicit", yearWritten };
    if (direction) found.direction = direction;
    else if (offset && ref && date !== ref) found.direction = date > ref ? "future" : "past";
    const e = r.end;
    const ey = e?.get("year");
    const em = e?.get("month");
    const ed = e?.get("day");
    if (e && ey && em && ed && isValid(ey, em, ed)) {
      const endDate = iso(ey, em, ed);
      // The end shares the start's year correction.
      const shifted = fromDay(dayOf(endDate) + (dayOf(date) - dayOf(iso(y, m, d))));
      if (shifted > date) found.endDate = shifted;
    }
    out.push(found);
  }
  return out;
}

/** A weekday glossed by its day ("on Sunday (December 7)", "Friday, 6 March"): the day, written, says which one. */
export function withoutGlossedWeekdays(doc: MatchDoc, found: readonly Found[]): Found[] {
  return found.filter((f, i) => {
    const next = found[i + 1];
    if (f.evidence !== "weekday" || !f.bareWeekday || !next || next.evidence !== "explicit") return true;
    return !/^[\s,(]{0,3}$/.test(doc.text.slice(f.end, next.start));
  });
}

/** Raw dates of a text against a reference date (none: only dates with a written year). */
export function parseAll(input: ParseInput): Found[] {
  const { doc, lang, ref } = input;
  const ago = parseDaysAgo(doc.text, lang, ref);
  const holidays = parseHolidays(doc, lang, ref, input.cueSpans);
  if (lang === "ar")
    return withNextDays(
      doc.text,
      lang,
      withDaysOfMonth(doc.text, lang, ref, [...parseArabic(doc.text, ref), ...ago, ...holidays]),
    );
  const back = parseDaysBack(doc.text, lang, ref);
  const ranges = [
    ...parseDayRanges(doc.text, ref),
    ...parseMonthSpans(doc.text, ref),
    ...parseWrittenDays(doc.text, lang, ref),
    ...back,
    ...ago,
    ...parsePartsOfToday(doc.text, lang, ref),
    ...parseWeekdayCompounds(doc, lang, ref, input.cueSpans),
    ...holidays,
  ];
  const parsed = parseWithChrono(input).filter((f) => !ranges.some((r) => f.start < r.end && r.start < f.end));
  // A day without its month only where no parser read a date.
  const all = withDaysOfMonth(doc.text, lang, ref, [...ranges, ...parsed]);
  return withNextDays(doc.text, lang, back.length > 0 ? withWeekdaysJoined(doc.text, back, all) : all);
}

const overlaps = (f: Found, read: readonly Found[]) => read.some((r) => f.start < r.end && r.start < f.end);

/** The dates read, with the days said without their month where no parser read a date, in text order. */
function withDaysOfMonth(text: string, lang: string, ref: string | undefined, read: readonly Found[]): Found[] {
  const days = parseDaysOfMonth(text, lang, ref).filter((f) => !overlaps(f, read));
  return [...read, ...days].sort((a, b) => a.start - b.start);
}

/** The dates read, with "the following day" after each day told, in text order. */
function withNextDays(text: string, lang: string, found: readonly Found[]): Found[] {
  const next = parseNextDays(text, lang, found).filter((f) => !overlaps(f, found));
  return next.length > 0 ? [...found, ...next].sort((a, b) => a.start - b.start) : [...found];
}

/**
 * "This weekend" as the English parser reads it (the other languages' parsers read no date in "ce week-end", "este fin
 * de semana", "dieses Wochenende": no day, which is right for a meeting still to come).
 */
const THIS_WEEKEND = /\b(?:this|the coming)\s+weekend\b/iu;
/**
 * A demonstrative right before a weekday: the weekday of this week ("this Saturday", "este sábado", "esta segunda",
 * "ce samedi", "questo sabato", "diesen Samstag", "в эту субботу").
 */
const THIS_WEEKDAY =
  /(?:^|[^\p{L}])(?:this|este|esta|ce|questo|questa|diesen|diesem|dieser|в\s+(?:этот|эту|это))\s+\p{L}+(?:-feira)?$/iu;

/** Saturday, as `Date.getUTCDay()` counts it. */
const SATURDAY = 6;

/**
 * The `weekday` (0 = Sunday) of `ref`'s week, Monday to Sunday: to come when after `ref`; else `bare` like any
 * weekday ("this weekend" is not: its Saturday on or before `ref` is that day).
 */
function thisWeekday(start: number, end: number, ref: string, weekday: number, bare = true): Found {
  const refWeekday = new Date(`${ref}T00:00:00Z`).getUTCDay();
  const offset = ((weekday + 6) % 7) - ((refWeekday + 6) % 7);
  const found: Found = { start, end, date: fromDay(dayOf(ref) + offset), evidence: "weekday" };
  // …bare as any weekday when on or before the reference (a written date beside it fixes it: "this Friday (25.Aug.2023)").
  if (offset > 0) found.direction = "future";
  else if (bare) found.bareWeekday = true;
  return found;
}
