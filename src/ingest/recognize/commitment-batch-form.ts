/**
 * The legal form of a counted batch told with a word for any instrument ("11 agreements", "três instrumentos",
 * "acht Dokumente"): when the report names its instruments by one form only, in apposition right after the count
 * ("three instruments, memoranda on …") or told again later with an article or a demonstrative ("these new
 * memoranda of understanding", "les mémorandums"), or said to take the form of one ("en forma de memorando de
 * entendimiento"), the batch is of that form. Its count does not change: a
 * restatement only says what its instruments are.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { CommitmentHit } from "../types";
import { isDefinite, isDefiniteWord, pointsBack } from "./commitment-context";
import type { Form } from "./commitment-cues";
import { INCLUDING } from "./commitment-counts";
import { countOf, isPluralForm } from "./commitment-plural";
import { numberIn, wordsBefore } from "./commitment-list-words";
import { anyIn, languageOf, lists } from "./commitment-word-lists";
import { FIRM_STATUSES } from "../plan/ranks";

/** Words an article or demonstrative may stand before a restating form ("these new memoranda"). */
const ARTICLE_REACH = 2;
/** Words a count stands before the comma of its apposition at most ("três instrumentos de cooperação bilateral,"). */
const APPOSITION_REACH = 6;
const BREAK = /[;:.!?؛\n]/u;

/** Phrases naming the form a text takes ("in the form of a memorandum"), normalized when first used. */
const FORM_OF = [
  "in the form of",
  "in the form of a",
  "sous forme de",
  "sous forme d",
  "sous la forme de",
  "sous la forme d",
  "in forma di",
  "sotto forma di",
  "en forma de",
  "bajo la forma de",
  "em forma de",
  "sob a forma de",
  "na forma de",
  "in form von",
  "in form eines",
  "in form einer",
  "в форме",
  "в виде",
  "على شكل",
  "في شكل",
  "في صورة",
];
let formOf: string[] | undefined;

/** Whether a form-of phrase stands right before the form ("en forma de memorando de entendimiento"). */
function inTheFormOf(doc: MatchDoc, f: LexiconMatch<Form>): boolean {
  formOf ??= FORM_OF.map((p) => ` ${norm(p)}`);
  const before = ` ${norm(doc.text.slice(Math.max(0, f.span.start - 40), f.span.start))}`;
  return formOf.some((p) => before.endsWith(p));
}

/** A batch whose form a restatement may tell: signed or in force, counted, of any instrument. */
function isOpenBatch(h: CommitmentHit): boolean {
  return (
    FIRM_STATUSES.has(h.status) &&
    (h.instruments ?? 1) > 1 &&
    (h.legalForm === undefined || h.legalForm === "agreement")
  );
}

/**
 * Whether an article or demonstrative stands right before the form, an adjective at most between, or the batch's own
 * count ("the nine memoranda of understanding" after "nine agreements").
 */
function toldAsKnown(doc: MatchDoc, f: LexiconMatch<Form>, count: number): boolean {
  const words = wordsBefore(doc, f, ARTICLE_REACH);
  const first = doc.tokens[f.tokenStart - words.length];
  const from = first ? (doc.map[first.start] ?? f.span.start) : f.span.start;
  if (/[,;:.!?،؛()]/u.test(doc.text.slice(from, f.span.start))) return false;
  if (words.some((w) => ![undefined, count].includes(numberIn(w, languageOf(doc))))) return false;
  // French "des" is also the indefinite plural ("des programmes exécutifs"): no sign of a batch told again.
  return words.some((w) => (isDefiniteWord(w) && w !== "des") || anyIn(lists(doc).anaphora, w));
}

/** Whether the form stands in apposition to the batch's count: "<count> <words>, <form>", one comma between. */
function inApposition(doc: MatchDoc, f: LexiconMatch<Form>, batch: CommitmentHit): boolean {
  const before = doc.text.slice(batch.quote.start, f.span.start);
  const comma = before.lastIndexOf(",");
  const between = norm(before.slice(comma + 1));
  // "thirteen agreements, including memoranda": the memoranda are some of the batch, not what it is.
  if (comma < 0 || between.split(" ").filter(Boolean).length > 1 || INCLUDING.includes(between)) return false;
  // "9 accords de coopération, 3 mémorandums": a form with a count of its own is the next item of an enumeration.
  if (between && numberIn(between, languageOf(doc)) !== undefined) return false;
  const words = before.slice(0, comma).trim().split(/\s+/u).slice(-APPOSITION_REACH);
  const count = words.map((w) => numberIn(norm(w), languageOf(doc))).find((n) => n !== undefined);
  return count !== undefined && count >= (batch.instruments ?? 1) && !BREAK.test(before.slice(comma));
}

/**
 * Gives the one counted batch of any instrument the single form its restatements name. Nothing changes when the
 * report tells more than one such batch, restates it under two forms, or names an instrument of that form outside
 * the batch's sentence (then that form is of its own instruments, not the batch's).
 */
export function formBatches(doc: MatchDoc, hits: CommitmentHit[], forms: readonly LexiconMatch<Form>[]): void {
  const batches = hits.filter(isOpenBatch);
  const [batch] = batches;
  if (!batch || batches.length > 1) return;
  const within = (s: number) => s >= batch.quote.start && s < batch.quote.end;
  // Another form in the restatement's sentence makes it a list of kinds ("25 accords, mémorandums et programmes")
  // or a field of another instrument ("les deux autres accords concernent … des programmes de formation"); in
  // the batch's own sentence, only its word for any instrument may stand beside it.
  const alone = (f: LexiconMatch<Form>) => {
    const s = sentenceAt(doc, f.span.start);
    const own = (o: LexiconMatch<Form>) =>
      o.data.legalForm === f.data.legalForm || (o.data.legalForm === "agreement" && within(f.span.start));
    return !!s && !forms.some((o) => !own(o) && o.span.start >= s.start && o.span.end <= s.end);
  };
  const restating = forms.filter((f) => {
    if (f.data.legalForm === "agreement" || !alone(f)) return false;
    if (f.span.start >= batch.quote.start && inTheFormOf(doc, f)) return true;
    if (!isPluralForm(doc, f)) return false;
    if (within(f.span.start)) return inApposition(doc, f, batch);
    return (
      f.span.start >= batch.quote.end &&
      (toldAsKnown(doc, f, batch.instruments ?? 1) || (pointsBack(doc, f) && !isDefinite(doc, f)))
    );
  });
  const kinds = new Set(restating.map((f) => f.data.legalForm));
  const [f] = restating;
  if (!f || kinds.size > 1) return;
  // A form counted on its own beside the batch ("ثلاثة اتفاقات ومذكرتا تفاهم", "three agreements and two memoranda")
  // is a batch of its own that "the two memoranda" tell again, not what the agreements are.
  const countedBeside = (o: LexiconMatch<Form>) =>
    o.data.legalForm === f.data.legalForm && within(o.span.start) && countOf(doc, o) !== undefined;
  if (forms.some((o) => countedBeside(o) && !inApposition(doc, o, batch))) return;
  // An instrument the restatement's own sentence signs ("Los instrumentos, en forma de memorando, fueron
  // firmados") is one of the batch told again, not one of its own.
  const told = sentenceAt(doc, f.span.start);
  const again = (h: CommitmentHit) => !!told && h.quote.start >= told.start && h.quote.start < told.end;
  if (hits.some((h) => h.legalForm === f.data.legalForm && !within(h.quote.start) && !again(h))) return;
  batch.legalForm = f.data.legalForm;
  batch.kind = f.data.kind;
  batch.title = f.data.title;
}
