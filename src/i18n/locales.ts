/** The locales of the public surfaces. 'en' is the default; 'ar' is written right to left. */
export const LOCALES = ["en", "fr", "ar", "it", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Writing direction of a locale. */
export function dirOf(lang: Locale): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

/** Picks the best text of a {lang: text} map: the locale, else English, else any. */
export function pickText(texts: Readonly<Record<string, string>>, lang: Locale): string {
  return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? "";
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The localized name of a country (ICU via Intl.DisplayNames), falling back to the code. */
export function countryName(code: string, lang: Locale): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
