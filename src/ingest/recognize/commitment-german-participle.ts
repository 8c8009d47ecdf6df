/**
 * A German signing participle right before a plural form ("die unterzeichneten Vereinbarungen") tells instruments
 * signed before, as the participle after a plural does in other languages ("les accords signés"): read as the form's
 * adjective only after a determiner, else as the finite verb of its clause.
 */

const PARTICIPLE_WORD = /(?:^|\s)(?:unterzeichneten|abgeschlossenen|geschlossenen|signierten)\s*$/u;
/** A German determiner that makes the participle after it an adjective ("die unterzeichneten Vereinbarungen"). */
const DETERMINER = /^(?:die|den|der|des|dem|diese[nmrs]?|alle[nr]?|jene[nr]?|zwei|drei|vier|fünf|\d+)$/u;
/** Prepositions a name may follow between the determiner and the participle ("die am Montag in Berlin unterzeichneten"). */
const BEFORE_NAME = /^(?:am|im|in|zu|zum|bei|von|vom|seit|mit)$/u;
/** Words at most between the determiner and the participle. */
const ADJECTIVE_REACH = 4;

/**
 * Whether the text before a German form ends on a signing participle used as its adjective ("die unterzeichneten
 * Vereinbarungen", "der am Montag in Berlin unterzeichneten Abkommen"): a determiner a few words before it, only
 * adverbs, numbers and names after a preposition between. Else the same word is the finite verb of its clause
 * ("Deutschland und Polen unterzeichneten Vereinbarungen", "Die beiden Länder unterzeichneten Abkommen").
 */
export function participleBefore(before: string): boolean {
  const participle = PARTICIPLE_WORD.exec(before);
  if (!participle) return false;
  const words = before
    .slice(0, participle.index)
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-(ADJECTIVE_REACH + 1));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    if (/[,.;:!?()]$/u.test(w)) return false;
    if (DETERMINER.test(w.toLowerCase())) return true;
    if (/^\p{Lu}/u.test(w) && !BEFORE_NAME.test((words[i - 1] ?? "").toLowerCase())) return false;
  }
  return false;
}
