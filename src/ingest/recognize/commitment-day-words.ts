/**
 * Day words beside a form word: month names, a figure that is a day of the month ("11 de marzo"), Arabic weekday
 * names. A count reads past them ("signed on 11 March three agreements"), and a form followed only by them ends its
 * clause. The words are seed/lexicons/dates.json `months`, `arabicMonths` and `arabicWeekdays`.
 */
import DATES from "../../../seed/lexicons/dates.json";
import { type MatchDoc, norm } from "../match/normalize";
import { WEEKDAY } from "./commitment-weekday";
import { isMonthWord } from "./date-ranges";

/** Whether a word as written is a day or a date's: a figure, a weekday or a month ("Tuesday", "12", "mars", "в пятницу"). */
export function isDayWord(word: string): boolean {
  return /^\d/u.test(word) || WEEKDAY.test(word) || isMonthWord(word);
}

/** Month names of every language (seed/lexicons/dates.json `months` and `arabicMonths`), normalized. */
const MONTHS = new Set(
  [DATES.months, DATES.arabicMonths].flatMap((byNumber) =>
    Object.entries(byNumber).flatMap(([k, v]) => (k === "$comment" ? [] : (v as string[]).map(norm))),
  ),
);
/** Whether a word (matching form) is a month's name in one of our languages. */
export const isMonthName = (word: string): boolean => MONTHS.has(word);

/** Words between a day and its month ("11 de marzo", "11 di marzo"). */
const OF = new Set(["de", "di", "del", "of"]);

/** Whether the figure at token `i` is a day of the month: a month's name right after it (past "de") or before it. */
export function isDay(doc: MatchDoc, i: number): boolean {
  const word = (k: number) => norm(doc.tokens[k]?.text ?? "");
  const next = OF.has(word(i + 1)) ? word(i + 2) : word(i + 1);
  return MONTHS.has(next) || MONTHS.has(word(i - 1));
}

/** The Arabic weekday names, normalized (seed/lexicons/dates.json `arabicWeekdays`, "!" marks dropped). */
const WEEKDAYS = new Set(
  Object.entries(DATES.arabicWeekdays)
    .flatMap(([k, v]) => (k === "$comment" ? [] : (v as string[])))
    .map((w) => norm(w.replace("!", ""))),
);
/** The word for "day" before a weekday written without its article ("يوم اثنين"). */
const DAY = new Set(["يوم", "اليوم", "ويوم"].map(norm));

/**
 * Whether a word is a weekday: an Arabic weekday name with its article (a numeral that counts follows its noun:
 * "اتفاقيتين اثنتين"), or without it right after "يوم" ("اليوم ثلاث اتفاقيات" still counts three: "today").
 */
export function isWeekday(text: string, previous: string | undefined): boolean {
  if (WEEKDAYS.has(text)) return true;
  return previous !== undefined && DAY.has(previous) && WEEKDAYS.has(norm(`ال${text}`));
}
