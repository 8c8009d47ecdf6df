/**
 * The words that join or open the items of a signing sentence's lists, loaded once from seed/lexicons/commitments.json
 * `lists` (conjunctions, distributive words, the determiners that may stand between a conjunction and its form),
 * and matched once per report (commitment-coordination.ts, commitment-distributive.ts).
 */
import { COMMITMENTS_DATA } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: Record<string, ByLang> }).lists;

/** Words between a conjunction and the form it joins ("and the two agreements", "et du programme"). */
const DETERMINERS = ["articles", "singular", "quantity", "anaphora", "about", "distributive"] as const;
let cached: { conjunctions: Lexicon<true>; distributive: Lexicon<true>; determiners: Set<string> } | undefined;
/** The conjunctions of a report, matched once. */
const conjunctionsBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

/** The cooperation words of commitments.json `kinds.cooperation` (normalized; a "*" pattern is a stem). */
let cooperation: { exact: Set<string>; stems: string[] } | undefined;
/** Whether a word (normalized) is a cooperation word ("cooperation", "تعاون"): part of a form's name, not between forms. */
export function isCooperationWord(w: string): boolean {
  if (!cooperation) {
    const kinds = (COMMITMENTS_DATA as unknown as { kinds: { cooperation: ByLang } }).kinds.cooperation;
    const all = Object.values(kinds).flat();
    cooperation = {
      exact: new Set(all.filter((p) => !p.endsWith("*")).map(norm)),
      stems: all.filter((p) => p.endsWith("*")).map((p) => norm(p.slice(0, -1))),
    };
  }
  return cooperation.exact.has(w) || cooperation.stems.some((st) => w.startsWith(st));
}
/** The conjunction and distributive lexicons, and the determiner words, loaded once. */
export function words() {
  if (cached) return cached;
  const determiners = new Set<string>();
  for (const key of DETERMINERS)
    for (const list of Object.values(DATA[key] ?? {}))
      for (const w of list) for (const t of norm(w).split(" ")) determiners.add(t);
  cached = {
    conjunctions: new Lexicon(entriesOf(DATA.conjunctions ?? {}, true as const)),
    distributive: new Lexicon(entriesOf(DATA.distributive ?? {}, true as const)),
    determiners,
  };
  return cached;
}

/** The matches of one of the words' lexicons in a report, kept in `by` so that each report is matched once. */
function matchedOnce(doc: MatchDoc, by: WeakMap<MatchDoc, LexiconMatch<true>[]>, key: "conjunctions" | "distributive") {
  let found = by.get(doc);
  if (!found) {
    found = words()[key].match(doc);
    by.set(doc, found);
  }
  return found;
}

/** The conjunctions of a report (matched once per report). */
export function conjunctionsOf(doc: MatchDoc): LexiconMatch<true>[] {
  return matchedOnce(doc, conjunctionsBy, "conjunctions");
}

/** Distributive words of a report, matched once. */
const distributiveBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

/** The distributive words of a report ("another", "otro", "وأخرى"), matched once per report. */
export function distributiveOf(doc: MatchDoc): LexiconMatch<true>[] {
  return matchedOnce(doc, distributiveBy, "distributive");
}

/** What sets two coordinated items apart: a comma or a conjunction ("ein Luftverkehrsabkommen und eine Absichtserklärung"). */
export const ITEM_BREAK =
  /[,;،]|(?:^|\s)(?:and|et|e|y|und|sowie|и|or|ou|o|oder|или|as well as|ainsi que|as also)(?:\s|$)|\sو/iu;
