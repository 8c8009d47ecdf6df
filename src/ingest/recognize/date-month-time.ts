/**
 * A month named as a time with no day ("signed in March", "signé en mars", "firmato a marzo", "firmaron en marzo",
 * "assinado em março", "im März unterzeichnet", "подписали в марте", "وقعت في مارس"): a signing so timed has no day
 * the report tells, so it never takes the report's own day. Month names are ours (seed/lexicons/dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import type { Span } from "../types";

const DATA = datesData as unknown as {
  months: Readonly<Record<string, readonly string[]>>;
  arabicMonths: Readonly<Record<string, readonly string[]>>;
  monthsLocative: Readonly<Record<string, readonly string[]>>;
};

/** The words that make a month a time: in, en, a/nel, em/no, im, в, في (with "شهر" before it). */
const PREPOSITION = String.raw`in|en|a|nel|nello|em|no|im|в|во|في(?:\s+شهر)?`;

let pattern: RegExp | undefined;
function monthTime(): RegExp {
  if (!pattern) {
    const names = [
      ...Object.values(DATA.months).flat(),
      ...Object.values(DATA.arabicMonths).flat(),
      ...Object.values(DATA.monthsLocative).flat(),
    ]
      .filter((n) => n.length >= 3)
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/\s+/g, "\\s+"));
    // No day right after the month ("in March 12"), nor a second month of a span ("in March-June 2023", a period
    // the instrument is about); a year may follow ("in March 2019").
    pattern = new RegExp(
      String.raw`(?<![\p{L}\d])(?:${PREPOSITION})\s+(?:${names.join("|")})(?![\p{L}])(?!\s*\d{1,2}(?!\d))(?!\s*[-–—/])`,
      "giu",
    );
  }
  return pattern;
}

/** The months a text names as a time with no day, as spans. */
export function monthTimes(text: string): Span[] {
  return [...text.matchAll(monthTime())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
