/**
 * A single form whose relative clause names a track ("ein Abkommen unterzeichnet, das Inhaber von Offizialpässen von
 * der Visapflicht befreit", "signed an agreement which exempts diplomats from visas", "un accord qui supprime les
 * visas"): the track is what that instrument provides, so the form is the track's, however far the clause runs. Only
 * the form, at most one word (its verb) or a day and a comma, then a relative pronoun (seed/lexicons/commitments.json
 * `clauseWords.relativePronouns`), then the clause up to the track with no break and no other form or track.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { FIRM_STATUSES } from "../plan/ranks";
import { RELATIVE } from "./commitment-clause-words";
import type { Form } from "./commitment-cues";
import { isPluralForm } from "./commitment-plural";
import { dayAfter } from "./commitment-lists";
import { anyIn, lists } from "./commitment-word-lists";

/** Words at most in the relative clause before the track. */
const CLAUSE_WORDS = 16;

/**
 * The form whose relative clause names `subject`, if any (see the module comment), with where that clause opens. The
 * reading it gives stands only when the form's own signing, before the clause, tells it (commitments.ts).
 */
export function relativeHolder(
  doc: MatchDoc,
  subject: Span,
  forms: readonly LexiconMatch<Form>[],
  others: readonly Span[],
): { form: LexiconMatch<Form>; clause: number } | undefined {
  const sentence = sentenceAt(doc, subject.start);
  if (!sentence) return undefined;
  const form = forms.filter((f) => f.span.start >= sentence.start && f.span.end <= subject.start).at(-1);
  if (!form || isPluralForm(doc, form)) return undefined;
  if (others.some((o) => o.start >= form.span.end && o.end <= subject.start)) return undefined;
  const words = doc.text.slice(form.span.end, subject.start).trim().split(/\s+/u).filter(Boolean);
  const bare = (w: string) => w.replace(/^[,،]+|[,،]+$/gu, "").toLowerCase();
  const at = words.findIndex((w) => RELATIVE.has(bare(w)));
  // The pronoun right after the form, after one word that is no subject word ("unterzeichnet, das"; not "on trade,
  // which": the clause then tells of the subject), or after a day ("an agreement on Monday which…").
  const day = at === 2 && dayAfter(doc, form);
  if (at < 0 || (at > 1 && !day) || (at === 1 && anyIn(lists(doc).about, bare(words[0] ?? "")))) return undefined;
  const clause = words.slice(at + 1);
  if (clause.length > CLAUSE_WORDS || CLAUSE_BREAK.test(clause.join(" "))) return undefined;
  // A year in the clause tells of another time ("das die seit 2016 geltenden Regeln … ergänzt"): what it names is older.
  if (clause.some((w) => /^(?:19|20)\d\d(?!\d)/u.test(w))) return undefined;
  // Where the relative clause opens: the form's own signing stands before it (commitments.ts).
  const pronoun = words[at] ?? "";
  return { form, clause: doc.text.indexOf(pronoun.replace(/^[,،]+/u, ""), form.span.end) };
}

/**
 * Whether a track's reading through a form's relative clause stands (commitments.ts): only by the form's own firm
 * signing, before the clause, of the day; else the form keeps its own reading. Any other reading stands.
 */
export function relativeReadingStands(
  named: { relativeFrom?: number } | undefined,
  found: { status: string; cue?: { span: Span } },
  background: boolean,
): boolean {
  const from = named?.relativeFrom;
  if (from === undefined) return true;
  return FIRM_STATUSES.has(found.status) && (found.cue?.span.start ?? from) < from && !background;
}
