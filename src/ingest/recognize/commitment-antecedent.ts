/** The instrument a demonstrative form restates ("Diese Erklärung wurde … unterzeichnet" after a joint statement). */
import type { LexiconMatch } from "../match/lexicon";
import type { Form } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";

/** How far back (characters) a demonstrative ("this declaration") looks for the instrument it restates. */
const ANTECEDENT_REACH = 400;

/** The named instrument (a joint statement) of the same kind shortly before a restating form, if any. */
export function antecedentOf(subjects: readonly Subject[], f: LexiconMatch<Form>): Subject | undefined {
  return subjects
    .filter((s) => s.instrument && !s.standalone && s.kind === f.data.kind && s.span.end <= f.span.start)
    .filter((s) => f.span.start - s.span.end <= ANTECEDENT_REACH)
    .sort((a, b) => b.span.end - a.span.end)[0];
}
