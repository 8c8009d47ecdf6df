/**
 * The form words of a report that can name an instrument: the lexicon's forms with compound ones joined
 * ("memorando de entendimiento"), less those that qualify another word, the medium of the news ("in a statement"),
 * set phrases, records (minutes) and the forms a carry phrase stands for.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";
import { withoutCarryForms } from "./commitment-carry";
import { withCompoundForms, withoutQualifyingForms } from "./commitment-compound-forms";
import { withoutComplementForms } from "./commitment-complement-forms";
import { isAbbreviation, withoutSetPhrases } from "./commitment-context";
import { commitmentLexicons, type Form } from "./commitment-cues";
import { withoutMedium } from "./commitment-medium";
import { withoutRecords } from "./commitment-records";

/** The forms of `matches` (the forms lexicon's matches in `doc`) that may name an instrument, given its subjects. */
export function formsOf(
  doc: MatchDoc,
  matches: LexiconMatch<Form>[],
  subjects: readonly LexiconMatch<unknown>[],
): LexiconMatch<Form>[] {
  const found = withGlossedForms(
    doc,
    withoutComplementForms(doc, withoutQualifyingForms(doc, withCompoundForms(doc, matches, subjects))),
  );
  return withoutCarryForms(
    doc,
    withoutRecords(doc, withoutSetPhrases(doc, withoutMedium(doc, withoutUngoverned(doc, found)))),
  );
}

/** Words at most between a signing word and the form it governs ("signed a joint … statement", "توقيع بيان"). */
const GOVERNED_REACH = 3;

/**
 * A form that names an instrument only as what a signing word governs, right before it or as its participle right
 * after it: "signed a statement on strategic partnership", "подписали заявление о стратегическом партнерстве",
 * "وقع الرئيسان بيانا", "firmaron un comunicado", "the statement signed by the presidents". A statement read out,
 * published or made to the press is none ("выступили с заявлением для прессы", "in a statement").
 */
function withoutUngoverned(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  if (!forms.some((f) => f.data.governed)) return forms;
  const signing = commitmentLexicons()
    .cues.match(doc)
    .filter((c) => c.data === "signed");
  const joined = (from: number, to: number) => !CLAUSE_BREAK.test(doc.text.slice(from, to));
  return forms.filter(
    (f) =>
      !f.data.governed ||
      signing.some(
        (c) =>
          (c.tokenEnd <= f.tokenStart &&
            f.tokenStart - c.tokenEnd <= GOVERNED_REACH &&
            joined(c.span.end, f.span.start)) ||
          (c.tokenStart === f.tokenEnd && joined(f.span.end, c.span.start)),
      ),
  );
}

/**
 * A form glossed by the abbreviation of another in brackets right after it ("vier Absichtserklärungen (MoU)", "trois
 * accords (MoU)") is of the abbreviation's form: the writer names what the instruments are. The abbreviation itself is
 * dropped later as the same instrument's short name (withoutSetPhrases); a long gloss ("(Memoranda of Understanding)")
 * is read where the standalone forms are (commitment-standalone.ts).
 */
function withGlossedForms(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  return forms.map((outer) => {
    const gloss = forms.find(
      (f) =>
        f.span.start >= outer.span.end &&
        /^\s*\(\s*$/.test(doc.text.slice(outer.span.end, f.span.start)) &&
        isAbbreviation(doc, f.span),
    );
    if (!gloss || gloss.data.legalForm === outer.data.legalForm) return outer;
    return { ...outer, data: { ...outer.data, legalForm: gloss.data.legalForm, title: gloss.data.title } };
  });
}
