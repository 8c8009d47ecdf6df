/**
 * Forms that name no instrument of their own beside the others of their sentence: a summary before the list it
 * opens, and the test for a form that other forms follow.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc, Sentence } from "../match/normalize";
import type { Span } from "../types";
import type { Form } from "./commitment-cues";
import { listOpenerAfter } from "./commitment-counts";
import { isDefinite } from "./commitment-context";
import { namesSubject } from "./commitment-lists";
import { countOf, isPluralForm } from "./commitment-plural";
import { numberIn, wordsBefore } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";

/** Whether a span lies within another (a sentence, a list). */
export function inSentence(s: Sentence, span: Span) {
  return span.start >= s.start && span.end <= s.end;
}

/** Whether another form of the sentence follows `f`. */
export const formAfter = (forms: readonly LexiconMatch<Form>[], f: LexiconMatch<Form>, sentence: Sentence) =>
  forms.some((o) => o.span.start >= f.span.end && inSentence(sentence, o.span));

/**
 * Whether a form with no subject and no count of its own sums up the list its clause opens with a colon ("توقيع
 * اتفاقية وعدة مذكرات تفاهم بين البلدين، وهي: …، واتفاقية بشأن…", "signed an agreement and several memoranda, as
 * follows: …"), or with a semicolon and an elaborating word ("…بين الدولتين؛ إذ جرى أمامهما توقيع…"): the list names
 * that form's instrument, so the summary adds none.
 */
export function sumsUpList(
  doc: MatchDoc,
  f: LexiconMatch<Form>,
  forms: readonly LexiconMatch<Form>[],
  sentence: Sentence,
) {
  if (isPluralForm(doc, f) || namesSubject(doc, f) || countOf(doc, f) !== undefined) return false;
  const colon = listOpenerAfter(doc, f.span);
  if (colon === undefined) return false;
  return forms.some(
    // …as an item of its own, not one the text points back to ("signed an agreement: según el acuerdo, …").
    (o) =>
      o.span.start > colon &&
      inSentence(sentence, o.span) &&
      o.data.legalForm === f.data.legalForm &&
      !isDefinite(doc, o),
  );
}

/** Words before a form a figure may stand in ("more than 20 agreements", "über zwanzig neue Abkommen"). */
const FIGURE_REACH = 3;

/** Whether a figure stands right before the form, counted or not ("more than 20 agreements": a batch, not areas). */
export function figureBefore(doc: MatchDoc, f: LexiconMatch<Form>): boolean {
  return wordsBefore(doc, f, FIGURE_REACH).some((w) => numberIn(w, languageOf(doc)) !== undefined);
}
