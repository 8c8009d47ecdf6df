/**
 * A counted batch of any instrument broken down by form in one of the two sentences after it ("Quatorze accords ont
 * été conclus…" then "Le lot se compose de huit conventions, d'un accord et de cinq mémorandums"): when that sentence
 * tells no status of its own and its counts of two forms or more add up to the batch's, the batch is that many of
 * each form. One counted by an indefinite article ("d'un accord", "an agreement") counts one.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { FIRM_STATUSES } from "../plan/ranks";
import type { CommitmentHit } from "../types";
import type { Form } from "./commitment-cues";
import { countOf, isPluralForm } from "./commitment-plural";
import { wordsBefore } from "./commitment-list-words";
import { anyIn, lists } from "./commitment-word-lists";

/** How many sentences after the batch's the breakdown may stand. */
const BREAKDOWN_REACH = 2;

/** The count of one form of a breakdown: its own count, else one for a singular after an indefinite article. */
function countOfForm(doc: MatchDoc, f: LexiconMatch<Form>): number | undefined {
  // A singular is one, after an indefinite article only: a count further back is another form's ("oito convenções,
  // um acordo").
  if (!isPluralForm(doc, f)) {
    // Past a repeated figure in brackets ("d'un (1) accord").
    const [w] = wordsBefore(doc, f, 2);
    return w !== undefined && anyIn(lists(doc).singular, w) ? 1 : undefined;
  }
  return countOf(doc, f);
}

/** The batch broken down by form, when a sentence after it does so (else the commitments as they are). */
export function brokenDown(
  doc: MatchDoc,
  hits: CommitmentHit[],
  forms: readonly LexiconMatch<Form>[],
  toldIn: (sentenceStart: number) => boolean,
): CommitmentHit[] {
  const batches = hits.filter(
    (h) =>
      FIRM_STATUSES.has(h.status) &&
      (h.instruments ?? 1) > 1 &&
      (h.legalForm === undefined || h.legalForm === "agreement"),
  );
  const [batch] = batches;
  if (!batch || batches.length > 1) return hits;
  const k = doc.sentences.findIndex((s) => s.start <= batch.quote.start && batch.quote.start < s.end);
  if (k < 0) return hits;
  for (let j = k + 1; j <= k + BREAKDOWN_REACH && j < doc.sentences.length; j++) {
    const s = doc.sentences[j];
    // A sentence with a status of its own ("seront signés demain") breaks down no batch signed before it.
    if (!s || toldIn(s.start)) continue;
    // The forms it counts; one it does not ("regroupés dans une matrice d'accord") is no part of the sum, which
    // must still come to the batch's count.
    const counted = forms
      .filter((f) => f.span.start >= s.start && f.span.end <= s.end)
      .map((f) => ({ f, n: countOfForm(doc, f) }))
      .filter((c): c is { f: LexiconMatch<Form>; n: number } => c.n !== undefined);
    const byForm = new Map<string, { form: Form; n: number }>();
    for (const { f, n } of counted) {
      const had = byForm.get(f.data.legalForm);
      byForm.set(f.data.legalForm, { form: f.data, n: (had?.n ?? 0) + n });
    }
    const total = [...byForm.values()].reduce((n, v) => n + v.n, 0);
    if (byForm.size < 2 || total !== batch.instruments) continue;
    const parts = [...byForm.values()].map(({ form, n }) => {
      const part: CommitmentHit = { ...batch, legalForm: form.legalForm, kind: form.kind, title: form.title };
      if (n > 1) part.instruments = n;
      else delete part.instruments;
      return part;
    });
    return hits.flatMap((h) => (h === batch ? parts : [h]));
  }
  return hits;
}
