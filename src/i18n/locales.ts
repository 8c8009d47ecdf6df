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

const displayNames = new Map<string, Intl.DisplayNames>();

/** ICU's name of a region or language code in a locale (one formatter per kind and locale), else the code. */
function displayName(type: "region" | "language", code: string, lang: Locale): string {
  const key = `${type}:${lang}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type, fallback: "code" });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // A code that is not well formed (a language tag from a feed) is shown as it came.
    return code;
  }
}

/** The localized name of a country (ICU via Intl.DisplayNames), falling back to the code. */
export function countryName(code: string, lang: Locale): string {
  return displayName("region", code, lang);
}

/** The localized name of a language code ("en" → "anglais" in French), falling back to the code. */
export function languageName(code: string, lang: Locale): string {
  return displayName("language", code, lang);
}
