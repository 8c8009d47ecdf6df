/**
 * Named days of the calendar that fall on one fixed day each year ("on Christmas Eve", "la veille de Noël",
 * "Nochevieja", "an Silvester", "в канун Нового года", "ليلة رأس السنة"): news dates a happening by them as by a
 * day and month without a year, so each takes the last such day on or before the reference (the next one after a
 * direction word of the future). The words are ours (seed/lexicons/dates.json, `holidays`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type CueSpan, directionAt } from "./date-cues";
import type { MatchDoc } from "../match/normalize";
import type { Found } from "./calendar";

type ByLang = Readonly<Record<string, readonly string[]>>;
// The JSON is ours (seed/lexicons).
const HOLIDAYS = (datesData as unknown as { holidays: Readonly<Record<string, ByLang | string>> }).holidays;

const asPattern = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/['’]/g, "['’]")
    .replace(/[\s-]+/g, "[\\s-]+");

const compiled = new Map<string, { re: RegExp; day: Map<string, string> } | null>();

function patternFor(lang: string) {
  if (compiled.has(lang)) return compiled.get(lang) ?? undefined;
  const day = new Map<string, string>();
  for (const [monthDay, byLang] of Object.entries(HOLIDAYS)) {
    if (monthDay.startsWith("$") || typeof byLang === "string") continue;
    for (const w of byLang[lang] ?? []) day.set(fold(w), monthDay);
  }
  const words = [...day.keys()].sort((a, b) => b.length - a.length);
  const c =
    words.length > 0
      ? { re: new RegExp(`(?<![\\p{L}])(?:${words.map(asPattern).join("|")})(?![\\p{L}])`, "giu"), day }
      : null;
  compiled.set(lang, c);
  return c ?? undefined;
}

/** Case, apostrophes and hyphens folded, for looking a matched name up. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, " ");

/** The named days of a text, each the last on or before `ref` (none without one: no year to put it in). */
export function parseHolidays(doc: MatchDoc, lang: string, ref: string | undefined, cueSpans: CueSpan[]): Found[] {
  const c = ref ? patternFor(lang) : undefined;
  if (!c || !ref) return [];
  const out: Found[] = [];
  for (const m of doc.text.matchAll(c.re)) {
    const monthDay = c.day.get(fold(m[0]));
    if (!monthDay) continue;
    const start = m.index;
    const end = start + m[0].length;
    const direction = directionAt(doc, cueSpans, start, end);
    const year = Number(ref.slice(0, 4));
    const thisYear = `${year}-${monthDay}`;
    const date =
      direction === "future"
        ? thisYear > ref
          ? thisYear
          : `${year + 1}-${monthDay}`
        : thisYear <= ref
          ? thisYear
          : `${year - 1}-${monthDay}`;
    const found: Found = { start, end, date, evidence: "explicit", yearWritten: false };
    if (direction) found.direction = direction;
    out.push(found);
  }
  return out;
}
