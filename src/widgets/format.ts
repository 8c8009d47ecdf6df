/** Formatting helpers of the widgets: dates with an explicit numbering system, safe links. */
import type { Locale } from "../i18n/locales";

/**
 * Dates use Latin digits (numberingSystem 'latn') in every locale, Arabic included. Why: CLDR's default
 * for plain 'ar' has changed between ICU releases (arab vs latn), so workerd and the reader's browser
 * could disagree; Maghreb Arabic (ar-MA, the Moroccan side of our first dossier) writes 0-9; and the
 * dates then match the ISO dates of the JSON API and the timeline. The Gregorian calendar and UTC are
 * explicit for the same reason: our dates are calendar dates, not instants.
 */
const DATE_OPTIONS = { numberingSystem: "latn", calendar: "gregory", timeZone: "UTC" } as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Locale, style: "day" | "month"): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions =
      style === "day" ? { year: "numeric", month: "short", day: "numeric" } : { year: "numeric", month: "short" };
    f = new Intl.DateTimeFormat(lang, { ...DATE_OPTIONS, ...parts });
    formatters.set(key, f);
  }
  return f;
}

/** A `YYYY-MM-DD` date, localized ("19 mars 2025"). */
export function formatDay(iso: string, lang: Locale): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : formatter(lang, "day").format(d);
}

/** A `YYYY-MM` month, localized ("mars 2025"). */
export function formatMonth(month: string, lang: Locale): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : formatter(lang, "month").format(d);
}

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
