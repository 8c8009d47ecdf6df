/**
 * Dates and months as every surface shows them (pages, embed, timeline).
 * Latin digits (numberingSystem 'latn') in every locale, Arabic included. Why: CLDR's default for plain 'ar'
 * has changed between ICU releases (arab vs latn), so workerd and the reader's browser could disagree;
 * Maghreb Arabic (ar-MA, the Moroccan side of our first dossier) writes 0-9; and the dates then match the
 * ISO dates of the JSON API. The Gregorian calendar and UTC are explicit for the same reason: our dates are
 * calendar dates, not instants.
 */
import type { Locale } from "./locales";

const DATE_OPTIONS = { numberingSystem: "latn", calendar: "gregory", timeZone: "UTC" } as const;

const STYLES = {
  long: { dateStyle: "long" },
  day: { year: "numeric", month: "short", day: "numeric" },
  month: { year: "numeric", month: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Locale, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...DATE_OPTIONS, ...STYLES[style] });
    formatters.set(key, f);
  }
  return f;
}

function format(iso: string, lang: Locale, style: keyof typeof STYLES, fallback: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? fallback : formatter(lang, style).format(d);
}

/** A `YYYY-MM-DD` date in the locale's long form ("19 mars 2025"), for pages. */
export function formatDate(iso: string, lang: Locale): string {
  return format(iso.slice(0, 10), lang, "long", iso);
}

/** A `YYYY-MM-DD` date in the locale's short form ("19 mars 2025" / "Mar 19, 2025"), for the embed. */
export function formatDay(iso: string, lang: Locale): string {
  return format(iso.slice(0, 10), lang, "day", iso);
}

/** A `YYYY-MM` month, localized ("mars 2025"). */
export function formatMonth(month: string, lang: Locale): string {
  return format(`${month.slice(0, 7)}-01`, lang, "month", month);
}
