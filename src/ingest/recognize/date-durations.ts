/**
 * Dates that give no day of a signature: a span of time counted from another step ("enters into force 90 days after
 * the exchange of notes") and a range of days (a visit's span: a signing within it has no day the report tells).
 */
import type { MatchDoc } from "../match/normalize";
import type { DateHit, Span } from "../types";

/** A span of time counted in days, weeks or months ("90 days", "через 90 дней", "90 giorni"). */
const DURATION =
  /\d+\s*(?:days?|weeks?|months?|jours?|semaines?|mois|giorni|settiman\p{L}*|mes(?:es)?|d[ií]as|semanas?|Tage?n?|Wochen?|Monaten?|дн\p{L}*|недел\p{L}*|месяц\p{L}*|يوما|أيام|يوم|أسابيع|أشهر|شهرا?)/iu;
/** A word that counts a span of time from another step ("90 days after the exchange of notes", "через 90 дней после"). */
const AFTER = /^(?:after|apr[eè]s|dopo|despu[eé]s|ap[oó]s|nach|после|من)$/iu;

/**
 * Whether a date is a span of time counted from another step ("enters into force 90 days after the exchange of
 * notes"): that step is not the report's day, so no day follows from it.
 */
export function countedFromAnotherStep(doc: MatchDoc, span: Span | undefined): boolean {
  if (!span || !DURATION.test(span.text)) return false;
  const last = span.text.trim().split(/\s+/).at(-1) ?? "";
  const next =
    doc.text
      .slice(span.end, span.end + 20)
      .trim()
      .split(/[\s,.;]+/)[0] ?? "";
  return AFTER.test(last) || AFTER.test(next);
}

/** A range of days ("du 6 au 9 juillet", "6. bis 9. Juli", "с 6 по 9 июля", "6 إلى 9 يوليو"): a visit's span. */
const DAY_RANGE = /(?<!\d)\d{1,2}\.?\s*(?:[-–—]|to|au|al|a|bis|по|до|إلى|حتى|and|et|e|y|und|и)\s*\d{1,2}(?!\d)/iu;
/** Whether a date is a range of days: a signing within it has no day the report tells. */
export const isDayRange = (d: DateHit) => d.span !== undefined && DAY_RANGE.test(d.span.text);
