/**
 * The day of the latest post a report embeds ("… pic.twitter.com/… — Iván Duque (@IvanDuque) May 20, 2022"): a
 * post's signature line names its author's handle and the day it was posted, whatever the language of the report
 * around it. A report that embeds a post was written on or after that day, so with no publication date, no page
 * date and no dated lead, it is the latest day the text itself supports, and a bare "este viernes" of the lead
 * resolves against it. Month names are ours (seed/lexicons/dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { isValid, iso } from "./calendar";
import { quote } from "./date-word-patterns";

const DATA = datesData as unknown as { months: Readonly<Record<string, readonly string[]>> };

let compiled: { re: RegExp; month: Map<string, number> } | undefined;
function pattern() {
  if (!compiled) {
    const month = new Map<string, number>();
    for (const [m, names] of Object.entries(DATA.months)) for (const n of names) month.set(n.toLowerCase(), Number(m));
    const names = [...month.keys()]
      .filter((n) => n.length >= 3)
      .sort((a, b) => b.length - a.length)
      .map(quote);
    const name = `(${names.join("|")})`;
    // "(@handle) May 20, 2022" or "(@handle) 20 mai 2022" / "(@handle) 20 de mayo de 2022", the date closing the line.
    const re = new RegExp(
      `\\(@\\w{1,30}\\)\\s*(?:${name}\\.?\\s+(\\d{1,2}),\\s*((?:19|20)\\d\\d)|(\\d{1,2})\\.?\\s+(?:de\\s+)?${name}\\.?\\s+(?:de\\s+)?((?:19|20)\\d\\d))(?!\\d)`,
      "giu",
    );
    compiled = { re, month };
  }
  return compiled;
}

/** The day of the latest post the text embeds (YYYY-MM-DD), if it embeds any. */
export function embeddedPostDay(text: string): string | undefined {
  const { re, month } = pattern();
  let latest: string | undefined;
  for (const m of text.matchAll(re)) {
    const [, m1, d1, y1, d2, m2, y2] = m;
    const mo = month.get((m1 ?? m2 ?? "").toLowerCase());
    const day = Number(d1 ?? d2);
    const year = Number(y1 ?? y2);
    if (!mo || !isValid(year, mo, day)) continue;
    const date = iso(year, mo, day);
    if (!latest || date > latest) latest = date;
  }
  return latest;
}
