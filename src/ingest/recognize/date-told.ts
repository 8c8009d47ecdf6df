/**
 * "Today" told of the telling: a "today" right after a verb of telling ("a source said today", "disse hoje à
 * agência", "a déclaré aujourd'hui", "заявил сегодня") is the day the report was told, not the happening's
 * (seed/lexicons/dates.json `tellingVerbs`, `todayWords`). The happening's own day, when the report states one
 * ("the agreements were signed on Tuesday"), is the event's; else publication stands in, which is that day anyway.
 */
import datesData from "../../../seed/lexicons/dates.json";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = datesData as unknown as { tellingVerbs: ByLang; todayWords: ByLang };

/** Lower case, with the typographic apostrophe as the plain one. */
const fold = (w: string) => w.toLowerCase().replace(/’/g, "'");
const wordsOf = (by: ByLang) =>
  new Set(
    Object.entries(by)
      .filter(([k]) => !k.startsWith("$"))
      .flatMap(([, v]) => v.map(fold)),
  );
let sets: { telling: ReadonlySet<string>; today: ReadonlySet<string> } | undefined;

/** Words at most between a verb of telling and its "today" ("disse hoje", "told reporters today"). */
const GAP = 1;
/** What ends a clause: a verb of telling before it tells of something else. */
const CLAUSE_END = /[.!?;:\n]/g;

/** Whether the "today" at [start, end) is told of the telling. */
export function toldToday(text: string, start: number, end: number): boolean {
  sets ??= { telling: wordsOf(DATA.tellingVerbs), today: wordsOf(DATA.todayWords) };
  const word = fold(text.slice(start, end).trim()).replace(/^و/u, "");
  return sets.today.has(word) && afterTelling(text, start);
}

/**
 * Whether the day at `start` comes right after a verb of telling ("the Foreign Office said on Tuesday", "a indiqué
 * mardi", "заявил во вторник"): the day the report was told, which the happening's own day, when a sentence states
 * one, outranks (event-date.ts).
 */
export function afterTelling(text: string, start: number): boolean {
  sets ??= { telling: wordsOf(DATA.tellingVerbs), today: wordsOf(DATA.todayWords) };
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_END)].map((m) => m.index + 1)));
  const words = clause
    .split(/[\s,]+/u)
    .filter(Boolean)
    .slice(-(GAP + 1))
    .map(fold);
  return words.some((w) => sets?.telling.has(w));
}
