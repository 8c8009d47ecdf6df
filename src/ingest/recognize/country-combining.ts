/**
 * Learned combining forms of country names ("franco-", "sino-", "luso-", "nipo-"): the first part of a hyphenated
 * pair adjective ("franco-marocain", "Sino-Kazakh", "cimeira luso-espanhola") names its country as plainly as a
 * demonym does. Alone such a word is something else ("Franco" is a given name), so a form counts only right before
 * a hyphen and a letter, and never where the country lexicon already reads the word (Italian "russo", "turco").
 * The forms are data: seed/lexicons/countries.json `combining`.
 */
import data from "../../../seed/lexicons/countries.json";
import { coveredTokens, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, spanOf } from "../match/normalize";
import type { CountryData } from "./gazetteer";

let forms: ReadonlyMap<string, string> | undefined;
/** Normalized form → ISO alpha-2 (built once per isolate). */
function combiningForms(): ReadonlyMap<string, string> {
  if (!forms) {
    const byCode = (data as unknown as { combining: Readonly<Record<string, readonly string[] | string>> }).combining;
    const out = new Map<string, string>();
    for (const [code, list] of Object.entries(byCode)) {
      if (code.startsWith("$") || typeof list === "string") continue;
      for (const f of list) out.set(norm(f), code);
    }
    forms = out;
  }
  return forms;
}

/** A hyphen or dash right after the form, then a letter ("franco-marocain", "Sino–Kazakh"). */
const JOINED = /^[-‐‑–—]\p{L}/u;

/**
 * The combining forms of a text that stand before a hyphen, as country-lexicon matches of kind "demonym"; tokens
 * that `taken` already covers (a lexicon match) are left to it.
 */
export function combiningMatches(doc: MatchDoc, taken: ReadonlySet<number>): LexiconMatch<CountryData>[] {
  const table = combiningForms();
  const out: LexiconMatch<CountryData>[] = [];
  doc.tokens.forEach((t, i) => {
    const code = table.get(t.text);
    if (!code || taken.has(i)) return;
    const span = spanOf(doc, t.start, t.end);
    if (!JOINED.test(doc.text.slice(span.end, span.end + 2))) return;
    out.push({
      data: { code, kind: "demonym", ambiguous: false },
      pattern: t.text,
      tokenStart: i,
      tokenEnd: i + 1,
      span,
      loose: false,
    });
  });
  return out;
}

/** The country-lexicon matches of a text with its combining forms added, in text order. */
export function withCombining(doc: MatchDoc, matches: LexiconMatch<CountryData>[]): LexiconMatch<CountryData>[] {
  const added = combiningMatches(doc, coveredTokens(matches));
  if (!added.length) return matches;
  return [...matches, ...added].sort((a, b) => a.span.start - b.span.start || a.tokenStart - b.tokenStart);
}
