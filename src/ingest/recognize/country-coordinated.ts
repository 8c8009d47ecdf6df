/**
 * An ambiguous country name ("Chad", "Jordan", "Georgia", "مالي") coordinated with another country's plain name
 * ("Chad and Qatar", "between Jordan and Iraq", "Georgia–Armenia", "مالي والنيجر") is that country: a person, a US
 * state or a word is not paired with a state by a bare "and".
 */
import type { MatchDoc } from "../match/normalize";
import type { LexiconMatch } from "../match/lexicon";
import type { CountryData } from "./gazetteer";

/** Nothing between the two names but a coordinating word or a dash: "and", "et", "e", "y", "und", "и", "و", "–". */
const COORDINATION = /^\s*(?:and|&|et|e|ed|y|und|и|و|[-–—/])\s*$/iu;

/** The codes of ambiguous names written next to another country's unambiguous name, with only "and" between them. */
export function coordinatedCodes(doc: MatchDoc, matches: readonly LexiconMatch<CountryData>[]): Set<string> {
  const out = new Set<string>();
  const names = matches.filter((m) => m.data.kind === "name").sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i], names[i + 1]];
    if (!a || !b || a.data.code === b.data.code || a.data.ambiguous === b.data.ambiguous) continue;
    const odd = a.data.ambiguous ? a : b;
    // A name with a case written in lower case ("того", "papua") is the ordinary word.
    if (/^\p{Ll}/u.test(odd.span.text)) continue;
    if (a.span.end > b.span.start) continue;
    const between = doc.text.slice(a.span.end, b.span.start);
    // Arabic joins its "و" to the second name, whose match takes it in ("مالي والنيجر").
    if (!COORDINATION.test(between) && !(/^\s+$/u.test(between) && b.span.text.startsWith("و"))) continue;
    out.add(odd.data.code);
  }
  return out;
}
