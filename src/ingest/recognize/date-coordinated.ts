/**
 * Two days of one happening joined by "and", each with its weekday ("les mardi 6 et mercredi 7 septembre 2022", "on
 * Tuesday 6 and Wednesday 7 September", "el martes 6 y el miércoles 7 de septiembre", "am Dienstag, 6., und Mittwoch,
 * 7. September"): a span of days, which starts on the first, as "les 6 et 7 septembre" does. Read apart, the later
 * day, the one with the month, would stand for the happening.
 */
import { daysBetween, type Found } from "./calendar";

/** Between the two days only the first day's number, commas, "and" and articles ("6 et", ", 6., und"). */
const GAP = /^[\s,.\d]*(?:(?:et|and|y|e|und|и|le|la|el|il|lo|o|a|na|no|em|am|the|on|den|dem|в|во)[\s,]+)*(?:و\s*)?$/iu;
/** "And" in the eight languages, with an article after it, ends the words before the second day. */
const AND =
  /(?:(?:^|[\s,])(?:et|and|y|e|und|и)[\s,]+(?:(?:le|la|el|il|lo|o|a|na|no|em|am|the|on|den|dem|в|во)\s+)?|(?:^|\s)و)$/iu;
/** Two days at most this far apart are one happening's (a session of two or three days). */
const MAX_SPAN = 3;

/** The days of `found` with each such pair made one span from its first day (the second dropped). */
export function withCoordinatedDays(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!a) continue;
    const days = b ? daysBetween(a.date, b.date) : 0;
    const joined =
      b &&
      !a.endDate &&
      !b.endDate &&
      !a.direction &&
      !b.direction &&
      b.start >= a.end &&
      a.date < b.date &&
      days >= 1 &&
      days <= MAX_SPAN &&
      GAP.test(`${text.slice(a.end, b.start).trim()} `) &&
      AND.test(text.slice(a.start, b.start));
    if (joined && b) {
      // Its evidence is the better of the two ("Tuesday 6 and Wednesday 7 September": the second's month and year).
      const evidence = a.evidence === "explicit" || b.evidence === "explicit" ? "explicit" : "weekday";
      const { bareWeekday: _bare, ...first } = a;
      out.push({
        ...first,
        end: b.end,
        endDate: b.date,
        evidence,
        ...(a.bareWeekday && b.bareWeekday ? { bareWeekday: true } : {}),
        ...(b.yearWritten ? { yearWritten: true } : {}),
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
