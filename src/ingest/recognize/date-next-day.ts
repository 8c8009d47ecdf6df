/**
 * "The following day" standing alone ("le lendemain", "am Tag darauf", "на следующий день", "في اليوم التالي"): the day
 * after the date the text has just told, in its paragraph. One followed by a complement ("le lendemain de son
 * arrivée", "il giorno dopo la firma") names the day after something else and is left out. The words are ours
 * (dates.json, `nextDay`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { dayOf, type Found, fromDay } from "./calendar";
import { wordPatterns } from "./date-word-patterns";

const DATA = (datesData as unknown as { nextDay: Readonly<Record<string, readonly string[]>> }).nextDay;
const patternFor = wordPatterns((lang) => DATA[lang]);

/** How far back (characters) the day counted from may be told. */
const ANCHOR_REACH = 300;
/** A preposition after the phrase: it is the day after something else ("le lendemain de", "al día siguiente de"). */
const COMPLEMENT =
  /^\s*(?:of|de|du|des|d['’]|di|del|della|dello|delle|degli|dei|dell['’]|al|à|au|aux|da|do|dos|das|à|von|vom|zum|zur|nach|после|من|ل\S*)(?=\s|$)/iu;
/** An article after a phrase that ends in "after"/"dopo": its object ("il giorno dopo la firma"). */
const OBJECT = /(?:after|dopo)$/iu;
const ARTICLE = /^\s*(?:the|his|her|their|its|il|lo|la|l['’]|i|gli|le|un|una|uno)(?=\s|\p{L})/iu;

/** The "following day" phrases of a text, each dated from the nearest day told before it in its paragraph. */
export function parseNextDays(text: string, lang: string, found: readonly Found[]): Found[] {
  const re = patternFor(lang);
  if (!re) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 16);
    if (COMPLEMENT.test(after) || (OBJECT.test(m[0]) && ARTICLE.test(after))) continue;
    const anchor = found
      .filter((f) => f.end <= start && start - f.end <= ANCHOR_REACH && !text.slice(f.end, start).includes("\n\n"))
      .at(-1);
    if (!anchor) continue;
    const next: Found = {
      start,
      end,
      date: fromDay(dayOf(anchor.endDate ?? anchor.date) + 1),
      evidence: anchor.evidence,
      opensClause: true,
    };
    if (anchor.yearWritten) next.yearWritten = true;
    if (anchor.direction) next.direction = anchor.direction;
    out.push(next);
  }
  return out;
}
