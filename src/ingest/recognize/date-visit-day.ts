/**
 * "The first day of the visit" ("la première journée de cette visite", "il primo giorno della visita", "el primer
 * día de la visita", "no primeiro dia da visita", "am ersten Tag des Besuchs", "в первый день визита", "في اليوم
 * الأول من الزيارة") is a date when the text states the day the visit began: the earliest day it gives within the
 * week before its reference (the arrival, a range's first day), never a day still to come or a background date.
 */
import { daysBetween, type Found } from "./calendar";

const FIRST_DAY = new RegExp(
  [
    String.raw`\bfirst day of (?:the|this|his|her|their|a)\s+(?:[\p{L}-]+\s+){0,2}visit\b`,
    String.raw`\bpremi(?:er|ère) jour(?:née)? de (?:la|cette|sa|leur)\s+(?:[\p{L}'’-]+\s+){0,2}visite\b`,
    String.raw`\bprim(?:o giorno|a giornata) della\s+(?:[\p{L}]+\s+){0,2}visita\b`,
    String.raw`\bprimer día de (?:la|su|esta)\s+(?:[\p{L}]+\s+){0,2}visita\b`,
    String.raw`\bprimeiro dia da\s+(?:[\p{L}]+\s+){0,2}visita\b`,
    String.raw`\bersten Tag (?:des|seines|ihres|dieses)\s+(?:[\p{L}-]+\s+){0,2}\p{L}*[Bb]esuch(?:s|es)?\b`,
    String.raw`перв(?:ый|ого|ом) день\s+(?:[\p{L}]+\s+){0,2}визит\p{L}*`,
    String.raw`اليوم الأول (?:من|ل)\s*(?:ال)?زيار\p{L}*`,
  ].join("|"),
  "giu",
);
/** How many days before the reference a visit's first day may be. */
const VISIT_DAYS = 7;

/**
 * The text's dates with each "first day of the visit" added as the day the visit began, when the text states it
 * (`ref`: the publication date or the text's own latest date). In text order.
 */
export function withVisitFirstDays(
  text: string,
  found: readonly Found[],
  ref: string | undefined,
  isFuture: (f: Found) => boolean,
): Found[] {
  if (!ref) return [...found];
  const phrases = [...text.matchAll(FIRST_DAY)];
  if (phrases.length === 0) return [...found];
  const start = found
    .filter((f) => !isFuture(f) && f.date <= ref && daysBetween(f.date, ref) <= VISIT_DAYS)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!start) return [...found];
  const added: Found[] = phrases.map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: start.date,
    evidence: start.evidence,
    yearWritten: start.yearWritten ?? false,
  }));
  return [...found, ...added].sort((a, b) => a.start - b.start);
}
