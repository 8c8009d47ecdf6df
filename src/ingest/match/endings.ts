/**
 * The inflection endings a lexicon word may take in each language: plural -s, the German case and plural endings,
 * the Russian case endings (in matching form, й folded to и) and none for Arabic, whose clitics are stripped instead.
 */
const PLAIN = new Set(["", "s"]);
const GERMAN = new Set(["", "s", "es", "n", "en", "e", "er", "em", "ern"]);
export const ARABIC = new Set([""]);
// In matching form, as the text is: й is folded to и (its breve is a combining mark).
export const RUSSIAN = new Set(
  [
    "",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
    "ой",
    "ей",
    "ом",
    "ем",
    "ам",
    "ям",
    "ах",
    "ях",
    "ами",
    "ями",
    "ов",
    "ев",
    "ию",
    "ии",
    "ий",
    "ый",
    "ая",
    "ое",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ым",
    "им",
    "ых",
    "их",
    "ую",
    "юю",
    "ыми",
    "ими",
  ].map((e) => e.replace(/й/g, "и")),
);

/** A noun in -ь keeps it in the nominative (Брюссель) and replaces it in the other cases (Брюсселе). */
export const RUSSIAN_SOFT = new Set([...RUSSIAN, "ь"]);

/** The endings a word of a language may take beyond its pattern (plural -s, German and Russian cases). */
export function endingsFor(lang: string): ReadonlySet<string> {
  if (lang === "de") return GERMAN;
  if (lang === "ru") return RUSSIAN;
  if (lang === "ar") return ARABIC;
  return PLAIN;
}
