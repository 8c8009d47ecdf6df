/**
 * Instruments the happening's add to (commitment-tallies.ts): "Ces textes s'ajouteront aux 8 accords … signés à Alger"
 * counts a batch signed before, no instruments of the day.
 */
import data from "../../../seed/lexicons/commitments.json";
import { norm } from "../match/normalize";
import { numberIn } from "./commitment-list-words";

type ByLang = Readonly<Record<string, readonly string[] | string>>;
/** The phrases of a seed/lexicons/commitments.json list of every language, normalized and escaped for a RegExp. */
const phrases = (byLang: ByLang) =>
  Object.entries(byLang)
    .filter(([lang]) => !lang.startsWith("$"))
    .flatMap(([, words]) => (Array.isArray(words) ? words : []))
    .map((p) => norm(p).replace(/[.*+?^${}()[\]\\]/g, "\\$&"));
// The JSON is ours (seed/lexicons).
const LISTS = data as unknown as { addedTo: ByLang; sameDay: ByLang };

/** At most this many words (a count, "more than", an adjective) between the verb of adding and the form. */
const ADDED_REACH = 3;

let compiledAddedTo: RegExp | undefined;
/** The verbs of adding, normalized, then at most ADDED_REACH words to the end of the text tested. */
function addedToRegExp(): RegExp {
  compiledAddedTo ??= new RegExp(`(?:^| )(?:${phrases(LISTS.addedTo).join("|")})(?: \\S+){0,${ADDED_REACH}}\\s*$`, "u");
  return compiledAddedTo;
}

/**
 * Whether the last clause before a form adds to it with a count ("s'ajouteront aux 8 accords"), the words from the verb
 * of adding to the form's clause end naming no day nor the same day ("s'ajoutent aux deux accords signés le même jour",
 * "signés lundi": the day's own).
 */
export function addedTo(before: string, clauseAfter: string, namedDay: RegExp): boolean {
  const re = addedToRegExp();
  const clause = ` ${norm(before.slice(lastBreak(before)))}`;
  const m = re.exec(clause);
  const counted =
    !!m &&
    clause
      .slice(m.index)
      .split(" ")
      .some((w) => numberIn(w) !== undefined);
  if (!m || !counted) return false;
  // The days told of the instruments added to, not of the day's own told before the verb ("signé lundi … s'ajoute").
  const told = ` ${clause.slice(m.index)} ${norm(clauseAfter)} `;
  return !namedDay.test(told) && !sameDay().test(told);
}

/**
 * The day or occasion of the happening told again ("the same day", "le même jour", "в тот же день";
 * seed/lexicons/commitments.json `sameDay`), normalized.
 */
let compiledSameDay: RegExp | undefined;
const sameDay = () => (compiledSameDay ??= new RegExp(`(?:^| )(?:${phrases(LISTS.sameDay).join("|")})(?= |$)`, "u"));

/** Where the last clause of a stretch opens: after its last clause break. */
export function lastBreak(before: string): number {
  return Math.max(0, ...[...before.matchAll(/[,;:()،؛]/gu)].map((m) => m.index + 1));
}
