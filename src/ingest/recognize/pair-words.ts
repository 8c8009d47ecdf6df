/**
 * The words of seed/lexicons/pair-cues.json that the pair readers share (pair-cues, pair-joins, pair-stops): word
 * sets in matching form, the cue lexicon read once per text, and the walk back over words a country may follow.
 */
import data from "../../../seed/lexicons/pair-cues.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface CuesData {
  joiners: ByLang;
  determiners: ByLang;
  holders: ByLang;
  offices: ByLang;
  between: ByLang;
  with: ByLang;
  visits: ByLang;
  visitTo: ByLang;
  twoSides: ByLang;
  counterpart: ByLang;
  meeting: ByLang;
  multilateral: ByLang;
  storyBreak: ByLang;
  severalCountries: ByLang;
  stopWhen: ByLang;
  travel: ByLang;
  visitVerbs: ByLang;
  towards: ByLang;
  nounMarkers: ByLang;
  tour: ByLang;
}
// The JSON is ours (seed/lexicons); its "$comment" key is not read.
export const CUES = data as unknown as CuesData;

/** The words of lists of the lexicon, every language's, in matching form. */
export const words = (...lists: ByLang[]) =>
  new Set(lists.flatMap((byLang) => Object.values(byLang).flatMap((ws) => ws.map((w) => norm(w)))));
export const JOINERS = words(CUES.joiners);
export const DETERMINERS = words(CUES.determiners);
/** Determiners, and the words that stand for a state in "between the government of X and that of Y". */
export const FILLERS = new Set([...DETERMINERS, ...words(CUES.holders)]);
export const BETWEEN = words(CUES.between);
/** Offices a side may be named by after "with" ("a phone call with the president of Ghana"). */
export const OFFICES = words(CUES.offices);
export const VISITS = words(CUES.visits);
export const VISIT_TO = words(CUES.visitTo);
/** "with X and Y": two partners of a third party, no pair of each other. */
export const WITH = words(CUES.with);
/** Words between a counterpart cue and the country that qualifies it ("his Mauritanian counterpart", "коллега из Мавритании"). */
export const COUNTERPART_REACH = 3;

export type CueKind =
  | "two-sides"
  | "counterpart"
  | "meeting"
  | "multilateral"
  | "story-break"
  | "several-countries"
  | "tour";
let cueLexicon: Lexicon<CueKind> | undefined;
/** The cue lexicon, built once. */
export const cues = () =>
  (cueLexicon ??= new Lexicon<CueKind>([
    ...entriesOf<CueKind>(CUES.twoSides, "two-sides"),
    ...entriesOf<CueKind>(CUES.counterpart, "counterpart"),
    ...entriesOf<CueKind>(CUES.meeting, "meeting"),
    ...entriesOf<CueKind>(CUES.multilateral, "multilateral"),
    ...entriesOf<CueKind>(CUES.storyBreak, "story-break"),
    ...entriesOf<CueKind>(CUES.severalCountries, "several-countries"),
    ...entriesOf<CueKind>(CUES.tour, "tour"),
  ]));
const cueCache = new WeakMap<MatchDoc, LexiconMatch<CueKind>[]>();
/** The cue matches of a text, found once per text. */
export function cueMatches(doc: MatchDoc): LexiconMatch<CueKind>[] {
  const cached = cueCache.get(doc);
  if (cached) return cached;
  const found = cues().match(doc);
  cueCache.set(doc, found);
  return found;
}

/** The words of a gap between two mentions, in matching form. */
export const gapWords = (gap: string) => norm(gap).split(" ").filter(Boolean);

/**
 * The nearest token before token `at`, no further back than `floor`, that none of the `skip` sets holds (-1 when
 * there is none): the word a country is named after, past determiners, offices and the like.
 */
export function tokenBefore(doc: MatchDoc, at: number, floor: number, ...skip: ReadonlySet<string>[]): number {
  let k = at - 1;
  while (k >= floor && skip.some((set) => set.has(doc.tokens[k]?.text ?? ""))) k--;
  return k >= floor ? k : -1;
}

/** The text of token `k`, "" when there is none. */
export const tokenText = (doc: MatchDoc, k: number) => doc.tokens[k]?.text ?? "";
