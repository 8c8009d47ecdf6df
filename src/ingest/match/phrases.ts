/** Regex sources built from the seed's per-language word lists, for checks that read the text around a match. */

/** A seed list: phrases per language, and perhaps a "$comment" string. */
type ByLang = Readonly<Record<string, readonly string[] | string>>;

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** The phrases of every language of a list (its "$comment" key skipped). */
export function phrasesOf(byLang: ByLang): string[] {
  return Object.entries(byLang).flatMap(([key, phrases]) =>
    key === "$comment" || typeof phrases === "string" ? [] : phrases,
  );
}

/**
 * A regex alternation of a list's phrases in every language, longest first, each escaped and its spaces matching any
 * run of spaces: `(?:${phraseAlternation(list)})`. An empty list matches nothing (not the empty string).
 */
export function phraseAlternation(byLang: ByLang): string {
  const phrases = [...new Set(phrasesOf(byLang))];
  if (phrases.length === 0) return "(?!)";
  return phrases
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(SPECIAL, "\\$&").replace(/ +/g, "\\s+"))
    .join("|");
}
