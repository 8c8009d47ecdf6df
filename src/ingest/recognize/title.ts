/**
 * The title of an event (placeholder until implemented).
 */
import type { Analysis } from "../types";

/** The titles of the event a report starts, per locale. */
export function eventTitles(a: Analysis, _pair: string): Record<string, string> {
  return { en: a.title || "Report" };
}
