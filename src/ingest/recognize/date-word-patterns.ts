/**
 * Regular expressions of the date words of seed/lexicons/dates.json, one per language, compiled once: each word a
 * whole word, longest first, spaces matching any run of space, and "N" (where a word has it) a day count or day.
 */

/** A word of the lexicon as a pattern: its specials escaped, its spaces any run of space. */
export const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/**
 * A cache of one pattern per language: `words(lang)` gives that language's words (none: no pattern), `n` what "N"
 * stands for in them (a capturing group).
 */
export function wordPatterns(
  words: (lang: string) => readonly string[] | undefined,
  n: string | ((lang: string) => string) = "",
): (lang: string) => RegExp | null {
  const compiled = new Map<string, RegExp | null>();
  return (lang) => {
    let re = compiled.get(lang);
    if (re === undefined) {
      const list = words(lang);
      const count = typeof n === "string" ? n : n(lang);
      const alternation = [...(list ?? [])]
        .sort((a, b) => b.length - a.length)
        .map((w) => (count ? quote(w).replace("N", count) : quote(w)))
        .join("|");
      re = list ? new RegExp(`(?<![\\p{L}\\d'’-])(?:${alternation})(?![\\p{L}\\d-])`, "giu") : null;
      compiled.set(lang, re);
    }
    return re;
  };
}
