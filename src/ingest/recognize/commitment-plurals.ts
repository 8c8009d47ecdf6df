/**
 * The words that make a legal form name several instruments (seed/lexicons/commitments.json, `lists.plural`),
 * read so that no language's plural passes for another's singular.
 */
import { COMMITMENTS_DATA } from "./commitment-cues";
import { norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;

/** Every normalized word of a lexicon list, all languages together. */
export function wordSet(byLang: ByLang): Set<string> {
  const out = new Set<string>();
  for (const words of Object.values(byLang)) for (const w of words) for (const t of norm(w).split(" ")) out.add(t);
  return out;
}

/**
 * Plural words some other language spells as a singular form (German plural "Programme", English "programme";
 * "Übereinkommen" is both): they make a list only with a count or quantity word before them.
 */
function ambiguousPlurals(plural: Set<string>, byLang: ByLang): Set<string> {
  const out = new Set<string>();
  for (const f of COMMITMENTS_DATA.forms)
    for (const [lang, words] of Object.entries(f.patterns)) {
      const own = wordSet({ [lang]: byLang[lang] ?? [] });
      for (const w of words) {
        const n = norm(w);
        if (!n.includes(" ") && plural.has(n) && !own.has(n)) out.add(n);
      }
    }
  return out;
}

/**
 * The plural words of `byLang` and those of them that are ambiguous. A plural phrase is plural by its head word
 * ("feuilles de route"): its "de" makes nothing plural.
 */
export function pluralWords(byLang: ByLang): { plural: Set<string>; ambiguous: Set<string> } {
  const heads = Object.fromEntries(
    Object.entries(byLang).map(([lang, ws]) => [lang, ws.map((w) => norm(w).split(" ")[0] ?? "")]),
  );
  const plural = wordSet(heads);
  return { plural, ambiguous: ambiguousPlurals(plural, byLang) };
}
