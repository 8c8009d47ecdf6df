/**
 * Lines a page prints over its headline that are no headline: a date line, a byline, a photo credit, a site's host
 * name, page furniture or a "read also" heading. The plain-text headline (title.ts) looks past them.
 */
import { norm } from "../match/normalize";
import { CAPTION, FURNITURE, NOISE_HEADING, UPDATE_STAMP } from "../read/boilerplate";
import { isMonthWord } from "./date-ranges";

/** A line this short (characters) with few words is a byline or a section name, not a headline. */
const SHORT_LINE = 12;
/** A byline's name has at most this many words. */
const NAME_MAX_WORDS = 4;

/**
 * A line that is only a date: a year, a numeric date, or a dateline's day and month ("Astana, 21. Oktober, Wire"),
 * with at most two other words (a weekday, a site's or an author's name: "الأربعاء، 28 مايو 2025", "26 Junho de 2024 |
 * 08h06", "19 января 2023, 15:33 O!News", "Giovanna Bianchi 8 giugno 2025").
 */
export function isDateLine(line: string): boolean {
  // Short words ("de", the "h" of "08h06", the "O" of "O!News") are glue of a date line, not words of a headline.
  const words = line
    .replace(/[\d\p{P}\p{S}]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length >= 3);
  const months = words.filter(isMonthWord).length;
  const dated =
    /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(line) ||
    (months > 0 && line.includes(",") && /\d/.test(line));
  return dated && words.length - months <= 2;
}

/** A byline, a section name or the site's host name ("scm.gov.ao") over a headline. */
const isShortLine = (line: string) =>
  (line.length < SHORT_LINE && line.split(/\s+/).length <= 3) || /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(line);

/** "By", "Par", "Por", "Di", "Von", "Автор", "Текст" before a name, "كتب"/"بقلم" before an Arabic one. */
const BYLINE = /^(?:by|par|por|di|von|автор|текст)\s*:?\s+(.+)$/iu;
const ARABIC_BYLINE = /^(?:كتب|كتبت|بقلم|إعداد)\s*[:：]?\s*(\S+(?:\s+\S+){0,2})$/u;

/** Where a byline's author writes from: "By Jane Roe in Accra", "Par Jeanne Dupont à Dakar". */
const FROM_PLACE = /^(?:in|at|from|à|a|en|em|aus|in|из|в)$/u;
/** A place after a byline's name has at most this many words ("in Maputo Mozambique"). */
const PLACE_MAX_WORDS = 3;

/**
 * A byline: its word and a name of capitalized words only ("By Jane Roe", "Di Giovanna Bianchi"), maybe with the
 * place its author writes from ("By Jane Roe in Accra Ghana").
 */
function isByline(line: string): boolean {
  if (ARABIC_BYLINE.test(line)) return true;
  const words = BYLINE.exec(line)?.[1]?.split(/\s+/);
  if (!words) return false;
  const at = words.findIndex((w) => FROM_PLACE.test(w));
  const [name, place] = at > 0 ? [words.slice(0, at), words.slice(at + 1)] : [words, []];
  const capitalized = (ws: string[]) => ws.every((w) => /^\p{Lu}/u.test(w));
  return (
    name.length <= NAME_MAX_WORDS &&
    capitalized(name) &&
    (at < 0 || (place.length > 0 && place.length <= PLACE_MAX_WORDS && capitalized(place)))
  );
}

/** A numbered list item's mark opening a line ("1. Skip to content", "2) Menu"). */
export const NUMBERED = /^\d{1,2}[.)]\s+/u;

/**
 * Whether a line over a headline is none: a date, a short name, a byline, a photo credit ("Photo | …", "Фото: …"),
 * page furniture ("Get in touch") or a page-noise heading ("Read also").
 */
export function isLineOverHeadline(line: string): boolean {
  if (isDateLine(line) || isShortLine(line) || isByline(line) || CAPTION.test(line)) return true;
  // A page's navigation list numbers its links ("1. Skip to content").
  const n = norm(line.replace(NUMBERED, ""));
  return NOISE_HEADING.test(n) || UPDATE_STAMP.test(n) || FURNITURE.some((r) => r.test(n));
}

/** An exchange-rate line of a page's widget ("ЦБ USD 93.29 0.04 24/04", "EUR 1.0842 +0.2%"). */
const RATE_LINE =
  /^(?:[\p{L}.]{1,5}\s+)?(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|TRY|AED|SAR|EGP|MAD|KZT|UAH|BYN)\b[\d\s.,/:%+−–-]*$/u;
/** A temperature of a page's weather widget ("13°", "-2 °C"). */
const TEMPERATURE_LINE = /^[-−+]?\d{1,3}\s*°\s*[CF]?$/u;
/** Letters of the scripts of the languages we read (Latin, Cyrillic, Arabic). */
const OUR_SCRIPTS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}]/u;

/**
 * Whether a line is a page widget's, printed over a headline however many there are: a weather temperature, an
 * exchange rate, or a line mostly in a script none of our languages is written in (a site's Khmer or Thai slogan over
 * a French report). Such lines are no headline and do not count against the lines a page may print over it.
 */
export function isWidgetLine(line: string): boolean {
  if (RATE_LINE.test(line) || TEMPERATURE_LINE.test(line)) return true;
  const letters = [...line].filter((c) => /\p{L}/u.test(c));
  return letters.length > 0 && letters.filter((c) => OUR_SCRIPTS.test(c)).length * 2 < letters.length;
}
