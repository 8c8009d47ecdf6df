/**
 * The form words of a report that can name an instrument: the lexicon's forms with compound ones joined
 * ("memorando de entendimiento"), less those that qualify another word, the medium of the news ("in a statement"),
 * set phrases, records (minutes) and the forms a carry phrase stands for.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { withoutCarryForms } from "./commitment-carry";
import { withCompoundForms, withoutQualifyingForms } from "./commitment-compound-forms";
import { withoutComplementForms } from "./commitment-complement-forms";
import { withoutSetPhrases } from "./commitment-context";
import type { Form } from "./commitment-cues";
import { withoutMedium } from "./commitment-medium";
import { withoutRecords } from "./commitment-records";

/** The forms of `matches` (the forms lexicon's matches in `doc`) that may name an instrument, given its subjects. */
export function formsOf(
  doc: MatchDoc,
  matches: LexiconMatch<Form>[],
  subjects: readonly LexiconMatch<unknown>[],
): LexiconMatch<Form>[] {
  const found = withoutComplementForms(doc, withoutQualifyingForms(doc, withCompoundForms(doc, matches, subjects)));
  return withoutCarryForms(doc, withoutRecords(doc, withoutSetPhrases(doc, withoutMedium(doc, found))));
}
