/** Every weekday's name in the languages we read, as seed/lexicons/dates.json spells them (`weekdays`). */
import datesData from "../../../seed/lexicons/dates.json";

export const WEEKDAY_WORDS: readonly string[] = Object.entries(
  (datesData as unknown as { weekdays: Readonly<Record<string, unknown>> }).weekdays,
)
  .filter(([k]) => k !== "$comment")
  .flatMap(([, v]) => v as string[]);
