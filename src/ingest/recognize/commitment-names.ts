/**
 * One instrument told twice by the same name: a lead's "signed a Memorandum of Understanding for the construction
 * of the Corentyne River Bridge" and a later "concluded with the signing of a Memorandum of Understanding for the
 * construction of the Corentyne River Bridge, which…". The words right after the form name it; two mentions of one
 * legal form whose names agree word for word, long enough to be a name, are one instrument, whatever sector the
 * words around each suggest (commitment-merge.ts `foldSameName`).
 */
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";

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
