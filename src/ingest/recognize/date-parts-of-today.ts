/**
 * A part of the report's own day said without "today" ("ce matin", "stamattina", "esta mañana", "nesta manhã",
 * "this morning"): the report's day, as weak as "today". Chrono reads "today" in "heute Morgen" or "сегодня утром",
 * not these. The words are ours (seed/lexicons/dates.json, `partsOfToday`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import type { Found } from "./calendar";
import { wordPatterns } from "./date-word-patterns";

const DATA = (datesData as unknown as { partsOfToday: Readonly<Record<string, readonly string[]>> }).partsOfToday;

const patternFor = wordPatterns((lang) => {
  const words = DATA[lang];
  return words && words.length > 0 ? words : undefined;
});

/** The parts of the report's day a text names, each on `ref`. */
export function parsePartsOfToday(text: string, lang: string, ref: string | undefined): Found[] {
  const re = patternFor(lang);
  if (!re || !ref) return [];
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: ref,
    evidence: "weekday" as const,
  }));
}
