/** Plural forms by CLDR rule, for labels that count ("# sources"). */
import type { Locale } from "./locales";

/** The form of `n` for the locale's plural rule, `#` replaced by `n` in Latin digits. */
export function plural(
  lang: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace("#", String(n));
}
