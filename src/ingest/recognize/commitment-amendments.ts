/**
 * What an amendment, extension or renewal amends (commitment-records.ts, `records.amendment`): the instrument its
 * name carries ("an amendment to the air services agreement", "la prórroga del acuerdo de pesca"). Two states that
 * sign an amendment sign an instrument that day, of the amended one's legal form (a protocol amending an agreement
 * binds as the agreement does) and on its track; the older instrument is not signed again. An amendment of nothing
 * we know as an instrument ("the extension of the runway") is none.
 */
import type { LegalForm } from "../../schemas/vocabulary";
import type { LexiconMatch } from "../match/lexicon";
import type { Span } from "../types";
import { compoundForm, type Form } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";

export interface Amended {
  legalForm: LegalForm;
  /** The track of the amended instrument, when its name carries one. */
  subject?: Subject;
  title: string;
  /** The last word of the amended instrument's name: a passive signing word comes after it. */
  last: LexiconMatch<unknown>;
}

/** The instrument named inside an amendment's name (`name`: the words after the amendment word), if any. */
export function amendedOf(
  name: Span,
  forms: readonly LexiconMatch<Form>[],
  subjects: readonly Subject[],
): Amended | undefined {
  const inName = (s: Span) => s.start >= name.start && s.end <= name.end;
  const byStart = (a: { span: Span }, b: { span: Span }) => a.span.start - b.span.start;
  const form = forms.filter((f) => inName(f.span)).sort(byStart)[0];
  const subject = subjects.filter((s) => !s.instrument && inName(s.span)).sort(byStart)[0];
  const legalForm =
    form?.data.legalForm ??
    (subject ? (compoundForm(subject.span.text) ?? (subject.agreementTrack ? "agreement" : undefined)) : undefined);
  if (!legalForm) return undefined;
  const marks = [form, subject?.match].filter((m): m is LexiconMatch<unknown> => m !== undefined);
  const last = marks.sort((a, b) => b.span.end - a.span.end)[0];
  if (!last) return undefined;
  const title = `Amendment: ${subject?.title ?? form?.data.title ?? legalForm}`;
  return subject ? { legalForm, subject, title, last } : { legalForm, title, last };
}
