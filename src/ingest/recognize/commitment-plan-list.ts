/**
 * A signing noun's planning predicate after a list of the instrument's areas ("La signature d'un protocole d'accord
 * sur l'économie, la gestion et le développement des eaux souterraines est également prévue", "The signing of a
 * memorandum on trade, energy and health is also planned"): the commas are the list's, not a clause's end, so the
 * plan still governs the noun. Only a list closed by a conjunction inside its last item pair (not right after the
 * comma), with no status word in it.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { cueMatches, type Cue } from "./commitment-cues";
import { conjunctionsOf } from "./commitment-coordination-words";

/** Words a list of areas may add between a signing noun and its planning predicate. */
export const LIST_REACH = 10;

/**
 * Whether the text between a signing noun `c` and a planning word at `end` (text offsets) is its instrument's list of
 * areas: every comma before a conjunction that closes the list, and no status word ("signed", "agreed") of another clause
 * among them.
 */
export function areasListBetween(doc: MatchDoc, c: LexiconMatch<Cue>, end: number): boolean {
  const gap = doc.text.slice(c.span.end, end);
  if (/[;:.!?()؛]/u.test(gap)) return false;
  const lastComma = Math.max(gap.lastIndexOf(","), gap.lastIndexOf("،"));
  if (lastComma < 0) return false;
  const from = c.span.end + lastComma;
  // The list's conjunction joins its last two items ("la gestion et le développement"); one right after the comma
  // opens a clause of its own (", et une nouvelle session est prévue", ", and a new round is planned").
  const closing = conjunctionsOf(doc).find((j) => j.span.start > from && j.span.end <= end);
  if (!closing || !/\p{L}/u.test(doc.text.slice(from + 1, closing.span.start))) return false;
  // An action word names an area ("development", "développement"); a status word is another clause's verb.
  return !cueMatches(doc).some((s) => s.data !== "action" && s.span.start >= c.span.end && s.span.start < end);
}
