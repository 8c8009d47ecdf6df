/**
 * How many instruments a named instrument's plural counts: "three joint statements", "drei gemeinsame Erklärungen",
 * "три совместных заявления" are three, as a counted batch of a form word is (commitment-lists.ts `countOf`).
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Form } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";
import { countOf, isPluralForm, MAX_COUNT } from "./commitment-lists";

/** The count of a plural instrument, when it states more than one (and no more than a batch can hold). */
export function instrumentCount(doc: MatchDoc, m: LexiconMatch<unknown>): number | undefined {
  if (!isPluralForm(doc, m)) return undefined;
  const n = countOf(doc, m);
  return n !== undefined && n > 1 && n <= MAX_COUNT ? n : undefined;
}

/**
 * Whether a counted batch is joined by a conjunction to an instrument of its own legal form named right before it
 * ("an agreement on energy and two agreements on education"): a batch beyond that instrument, not its restatement.
 */
export function joinedToItsForm(subject: Subject, forms: readonly LexiconMatch<Form>[]): boolean {
  const to = subject.joinedTo;
  if (!to || subject.count === undefined || !subject.instrument) return false;
  return forms.some((f) => f.span.start === to.start && f.data.legalForm === subject.instrument);
}
