/**
 * Whether words tell another clause: a conjunction that no "between" word right before it binds to the parties of
 * an instrument ("the agreement between Kenya and Ethiopia" joins two names, "approved the agreement and the
 * ministers signed it" two clauses). Each caller gives its own conjunctions and how far back "between" binds.
 */

/** Words naming the parties an "and" joins ("between Hungary and Serbia"): no clause of its own. */
export const BETWEEN = /^(?:between|entre|tra|fra|zwischen|между|بين)$/iu;

/** Whether a word of `words` is a conjunction with no "between" among the `reach` words before it (within `words`). */
export function joinsAnotherClause(words: readonly string[], conjunction: RegExp, reach: number): boolean {
  return words.some(
    (w, i) => conjunction.test(w) && !words.slice(Math.max(0, i - reach), i).some((b) => BETWEEN.test(b)),
  );
}
