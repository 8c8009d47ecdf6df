/**
 * Forms a report names beside its happening, no instrument of it: agreements recalled uncounted among those signed
 * earlier ("the existing agreements on…"), one of a count told elsewhere ("two of the agreements"), a track's or a
 * form's instruments told as a tally ("has signed air services agreements with 25 states so far"), and a form of
 * either number set with many partners ("hat Rückübernahmeabkommen mit 52 Ländern abgeschlossen").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc, Sentence } from "../match/normalize";
import { amongEarlier } from "./commitment-additional";
import { countedBefore } from "./commitment-lists";
import { partOfCount } from "./commitment-partitive";
import { countOf, isPluralForm } from "./commitment-plural";
import { isTally } from "./commitment-tallies";
import { withManyPartnersAt } from "./commitment-tally-partners";

/** Whether a form (`forms`: the report's form words) tells instruments recalled or tallied beside the happening. */
export function recalledOrTallied(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
  sentence: Sentence,
  publishedOn: string | undefined,
  forms: readonly LexiconMatch<unknown>[],
): boolean {
  if (isPluralForm(doc, form)) {
    if (countOf(doc, form) === undefined && amongEarlier(doc, form)) return true;
    if (partOfCount(doc, form)) return true;
    if (isTally(doc, form, sentence, publishedOn, countedBefore(doc, forms, form.span))) return true;
  }
  return withManyPartnersAt(doc, form);
}
