/**
 * One instrument told twice by the same name: a lead's "signed a Memorandum of Understanding for the construction
 * of the Corentyne River Bridge" and a later "concluded with the signing of a Memorandum of Understanding for the
 * construction of the Corentyne River Bridge, which…". The words right after the form name it; two mentions of one
 * legal form whose names agree word for word, long enough to be a name, are one instrument, whatever sector the
 * words around each suggest.
 */
import { STATUS_RANK } from "../plan/ranks";
import { type MatchDoc, norm } from "../match/normalize";
import type { CommitmentHit, Span } from "../types";

/** How many words after the form make its name, and how many at least tell two instruments apart. */
const NAME_WORDS = 8;
const MIN_NAME_WORDS = 5;
/** What ends a name: a sentence's or a clause's end. */
const NAME_END = /[.;:!?\n(—–]|,\s/u;

/** The name a form gives its instrument (the words right after it, up to the clause's end), and where the form is. */
export interface Named {
  name: string;
  at: number;
}

/** The name a form gives its instrument: the words right after it, up to the clause's end (matching form). */
export function nameAfter(doc: MatchDoc, form: Span): Named | undefined {
  const rest = doc.text.slice(form.end, form.end + 200);
  const cut = NAME_END.exec(rest);
  const words = norm(cut ? rest.slice(0, cut.index) : rest)
    .split(" ")
    .filter(Boolean)
    .slice(0, NAME_WORDS);
  return words.length >= MIN_NAME_WORDS ? { name: words.join(" "), at: form.start } : undefined;
}

/**
 * Folds mentions of one legal form with the same name, told by two form words (not the items of one list), into
 * the first, keeping the later step and any dates.
 */
export function foldSameName(
  hits: readonly CommitmentHit[],
  names: ReadonlyMap<CommitmentHit, Named>,
): CommitmentHit[] {
  const out: CommitmentHit[] = [];
  for (const h of hits) {
    const name = names.get(h);
    const twin =
      name && !h.instruments
        ? out.find(
            (o) =>
              o.legalForm === h.legalForm &&
              !o.instruments &&
              names.get(o)?.name === name.name &&
              names.get(o)?.at !== name.at &&
              (!o.signedOn || !h.signedOn || o.signedOn === h.signedOn),
          )
        : undefined;
    if (!twin) {
      out.push(h);
      continue;
    }
    if (STATUS_RANK[h.status] > STATUS_RANK[twin.status]) twin.status = h.status;
    if (!twin.signedOn && h.signedOn) twin.signedOn = h.signedOn;
    if (!twin.effectiveOn && h.effectiveOn) twin.effectiveOn = h.effectiveOn;
    if (!twin.track && h.track) twin.track = h.track;
  }
  return out;
}
