/**
 * Instruments the happening's add to (commitment-tallies.ts): "Ces textes s'ajouteront aux 8 accords … signés à Alger"
 * counts a batch signed before, no instruments of the day.
 */
import { norm } from "../match/normalize";
import { numberIn } from "./commitment-list-words";

/**
 * A verb of adding right before a count of the form ("s'ajouteront aux 8 accords", "will add to the eight agreements",
 * "se sumarán a los ocho acuerdos"): the happening's instruments join those, which were signed before.
 */
const ADDED_TO =
  "add to the|adds to the|will add to the|added to the|adding to the|s ajoutent aux|s ajouteront aux|s ajoute aux|s ajoutera aux|viennent s ajouter aux|vient s ajouter aux|venant s ajouter aux|s ajoutant aux|se suman a los|se sumaran a los|se suma a los|se sumara a los|se anaden a los|se agregan a los|sumandose a los|si aggiungono ai|si aggiungeranno ai|si aggiunge ai|si aggiungera ai|si sommano ai|aggiungendosi ai|somam se aos|juntam se aos|se somam aos|se juntam aos|somando se aos|juntando se aos|somar se ao aos|добавятся к|добавляются к|تضاف إلى|تضاف الى|تنضاف إلى|تنضاف الى|لتضاف إلى|لتنضاف إلى";
/** At most this many words (a count, "more than", an adjective) between the verb of adding and the form. */
const ADDED_REACH = 3;

let compiledAddedTo: RegExp | undefined;
/** The verbs of adding, normalized, then at most ADDED_REACH words to the end of the text tested. */
function addedToRegExp(): RegExp {
  const phrases = ADDED_TO.split("|").map((p) => norm(p).replace(/[.*+?^${}()[\]\\]/g, "\\$&"));
  compiledAddedTo ??= new RegExp(`(?:^| )(?:${phrases.join("|")})(?: \\S+){0,${ADDED_REACH}}\\s*$`, "u");
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
  return !namedDay.test(told) && !SAME_DAY.test(told);
}

/** The day or occasion of the happening told again ("the same day", "le même jour", "в тот же день"). */
const SAME_DAY =
  /(?:^| )(?:same day|same ceremony|that morning|meme jour|meme ceremonie|mismo dia|misma ceremonia|stesso giorno|stessa cerimonia|mesmo dia|mesma cerimonia|selben tag|gleichen tag|тот же день|той же церемонии|اليوم نفسه|نفس اليوم)(?= |$)/u;

/** Where the last clause of a stretch opens: after its last clause break. */
export function lastBreak(before: string): number {
  return Math.max(0, ...[...before.matchAll(/[,;:()،؛]/gu)].map((m) => m.index + 1));
}
