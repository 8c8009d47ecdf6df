/** Formatting helpers of the widgets: safe links, today's date. (Dates and months: src/i18n/dates.ts.) */

/** Only http(s) URLs become links: a source's `javascript:` or `data:` URL is shown as nothing. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Today's date in UTC as `YYYY-MM-DD` (what "upcoming" is measured against). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
