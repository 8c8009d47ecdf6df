/**
 * The form words of a report that can name an instrument: the lexicon's forms with compound ones joined
 * ("memorando de entendimiento"), less those that qualify another word, the medium of the news ("in a statement"),
 * set phrases, a body's name after its head ("director of the … Programme"), records (minutes) and the forms a carry
 * phrase stands for.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";
import { withoutCarryForms } from "./commitment-carry";
import { withCompoundForms, withoutQualifyingForms } from "./commitment-compound-forms";
import { withoutComplementForms } from "./commitment-complement-forms";
import { isAbbreviation, withoutSetPhrases } from "./commitment-context";
import { cueMatches, type Form } from "./commitment-cues";
import { withoutContentForms } from "./commitment-content";
import { withoutHeadedForms } from "./commitment-heads";
import { withoutMedium } from "./commitment-medium";
import { withoutRecords } from "./commitment-records";
import { NOMINAL } from "./commitment-schedule";

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
  const named = withoutHeadedForms(doc, withoutSetPhrases(doc, withoutMedium(doc, withoutUngoverned(doc, found))));
  return withoutCarryForms(doc, withoutRecords(doc, withoutContentForms(doc, named)));
}

/** Words at most between a signing verb and the form it governs ("signed a joint … statement", "وقع الرئيسان بيانا"). */
const GOVERNED_REACH = 3;
/**
 * A finite verb of signing (its last word, as written, lower case): not a noun of signing ("after the signing a
 * statement was issued"), nor a verb of concluding ("the talks concluded with a statement").
 */
const SIGNING_VERB =
  /^(?:sign(?:ed|s)?|sign[ée]e?s?|signent|sign[èe]rent|signeront|firm[oóaáeé]\p{L}*|suscri\p{L}+|sottoscri\p{L}+|assin\p{L}+|unterzeichne\p{L}*|unterschrieb\p{L}*|unterschreiben|подписал[аио]?|подписали|подпишут|подпишет|подписывают|подписывает|[وف]?(?:وقع|وقعا|وقعت|وقعوا|يوقع|يوقعان|توقع|توقعان))$/u;
/** Words that name a statement as the source of what is told ("according to", "según", "selon", "laut", "согласно", "بحسب"). */
const SOURCE = /^(?:according|segun|selon|secondo|segundo|conforme|laut|gemass|согласно|по|بحسب|حسب|وفق|وفقا)$/u;
/** Articles before a signing participle that make it an adjective ("a signed statement", "un comunicado firmado"). */
const ARTICLE =
  /^(?:a|an|the|un|une|le|la|les|uno|una|el|los|las|um|uma|o|os|ein|eine|einem|einer|einen|der|die|das|den|dem|il|lo|gli)$/u;

/**
 * A form that names an instrument only as what a finite signing verb governs right before it: "signed a statement on
 * strategic partnership", "подписали заявление о стратегическом партнерстве", "ووقع الرئيسان بيانا", "firmaron un
 * comunicado". A statement read out, published, quoted, issued after a signing or signed by one spokesman is none
 * ("выступили с заявлением для прессы", "in a signed statement", "un communiqué signé par son porte-parole").
 */
function withoutUngoverned(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  if (!forms.some((f) => f.data.governed)) return forms;
  const verbs = cueMatches(doc).filter((c) => {
    const last = c.span.text.toLowerCase().split(/\s+/u).at(-1) ?? "";
    const before = doc.tokens[c.tokenStart - 1]?.text ?? "";
    return c.data === "signed" && !NOMINAL.test(c.span.text) && SIGNING_VERB.test(last) && !ARTICLE.test(before);
  });
  return forms.filter(
    (f) =>
      !f.data.governed ||
      verbs.some((c) => {
        if (c.tokenEnd > f.tokenStart || f.tokenStart - c.tokenEnd > GOVERNED_REACH) return false;
        if (CLAUSE_BREAK.test(doc.text.slice(c.span.end, f.span.start))) return false;
        const between = doc.tokens.slice(c.tokenEnd, f.tokenStart).map((t) => t.text);
        // "…according to a statement", "según un comunicado", "согласно заявлению": the source, not the object.
        if (
          between.some((w) => SOURCE.test(w)) ||
          forms.some((o) => o !== f && o.tokenStart >= c.tokenEnd && o.tokenEnd <= f.tokenStart)
        )
          return false;
        // A language with articles puts one right before the object ("signed a statement"); without one the word is
        // a participle or an adjective ("fue comunicado", "a été communiqué", "a separately signed statement").
        return !/\p{Script=Latin}/u.test(f.span.text) || ARTICLE.test(between.at(-1) ?? "");
      }),
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
