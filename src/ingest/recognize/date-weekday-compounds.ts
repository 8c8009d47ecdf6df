/**
 * German weekdays joined to their time of day in one word ("am Dienstagabend", "Montagmorgen", "Sonntagnachmittag"),
 * which the parser does not read: the weekday, as a bare "Dienstag" would be.
 */
import type { MatchDoc } from "../match/normalize";
import { type Found, weekdayFound } from "./calendar";
import { type CueSpan, directionAt } from "./date-cues";

/** German weekday stems (0 = Sunday) and the times of day that join them. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
};
const COMPOUND = new RegExp(
  `(?<![\\p{L}])(${Object.keys(WEEKDAYS).join("|")})(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)(?![\\p{L}])`,
  "giu",
);

/** The weekday-and-time compounds of a German text, each the last such weekday before `ref` (or after, "nächsten"). */
export function parseWeekdayCompounds(doc: MatchDoc, lang: string, ref: string | undefined, cues: CueSpan[]): Found[] {
  if (lang !== "de" || !ref) return [];
  const out: Found[] = [];
  for (const m of doc.text.matchAll(COMPOUND)) {
    const weekday = WEEKDAYS[(m[1] ?? "").toLowerCase()];
    if (weekday === undefined) continue;
    const end = m.index + m[0].length;
    out.push(weekdayFound(m.index, end, ref, weekday, directionAt(doc, cues, m.index, end)));
  }
  return out;
}
