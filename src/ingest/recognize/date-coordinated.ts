/**
 * Two days of one happening joined by "and", each with its weekday ("les mardi 6 et mercredi 7 septembre 2022", "on
 * Tuesday 6 and Wednesday 7 September", "el martes 6 y el miércoles 7 de septiembre", "am Dienstag, 6., und Mittwoch,
 * 7. September"): a span of days, which starts on the first, as "les 6 et 7 septembre" does. Read apart, the later
 * day, the one with the month, would stand for the happening.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { daysBetween, type Found } from "./calendar";

/**
 * Between the two days only the first day's number (a German one with its stop), commas, "and" and articles ("6 et",
 * ", 6., und"); never a full stop of its own ("… on 5 October. And on 7 October…").
 */
const GAP =
  /^[\s,]*(?:\d{1,2}\.?[\s,]*)?(?:(?:et|and|y|e|und|и|le|la|el|il|lo|o|a|na|no|em|am|the|on|den|dem|в|во)[\s,]+)*(?:و\s*)?$/iu;
/**
 * With no day number, two weekday words joined by a bare "and" and nothing else ("on Monday and Tuesday", "lunedì e
 * martedì", "يومي الاثنين والثلاثاء"); not "on Monday and on Wednesday they signed", nor "lundi, et mardi".
 */
const BARE_PAIR =
  /^(?:(?:on|le|les|el|il|lo|am|в|во|na|no|o|a|يوم|يومي)\s+)?[\p{L}-]+\s+(?:(?:and|et|y|e|und|и)\s+|و)[\p{L}-]+$/iu;

type Names = Readonly<Record<string, readonly string[]>>;
const MONTHS = Object.values((datesData as unknown as { months: Names; arabicMonths: Names }).months)
  .flat()
  .concat(Object.values((datesData as unknown as { arabicMonths: Names }).arabicMonths).flat())
  .filter((m) => m.length >= 3);
/** A month name, a year or a numeric date in the first day's words: a day told in full, not one sharing the month. */
const FULL_DAY = new RegExp(
  `(?<![\\p{L}])(?:${MONTHS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])|\\d{4}|\\d{1,2}[./-]\\d{1,2}`,
  "iu",
);
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
      !FULL_DAY.test(text.slice(a.start, a.end)) &&
      (/\d/.test(text.slice(a.start, b.start))
        ? // (a German day's stop right after its number: "am Dienstag, 6., und…")
          GAP.test(
            `${text
              .slice(a.end, b.start)
              .replace(/^\./u, /\d$/u.test(text.slice(a.start, a.end)) ? "" : ".")
              .trim()} `,
          )
        : BARE_PAIR.test(text.slice(a.start, b.end).trim())) &&
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
