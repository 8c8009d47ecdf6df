/**
 * German names an instrument by its subject and its form in one word (Wasserstoffabkommen, Rohstoffvereinbarung):
 * a word ending in a form word of seed/lexicons/commitments.json `compoundHeads` is that form, whatever the subject
 * before it, where the forms lexicon reads nothing (it lists the common compounds, Kooperationsabkommen, itself).
 */
import data from "../../../seed/lexicons/commitments.json";
import { coveredTokens, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, spanOf } from "../match/normalize";
import type { LegalForm } from "../../schemas/vocabulary";
import { type Form, formOf } from "./commitment-cues";

/** Letters a subject before the form word has at least ("Zusatz", "Energie"). */
const MIN_SUBJECT = 3;

let heads: readonly (readonly [string, LegalForm])[] | undefined;
function compoundHeads(): readonly (readonly [string, LegalForm])[] {
  heads ??= Object.entries((data as unknown as { compoundHeads: Record<string, string> }).compoundHeads)
    .filter(([k]) => !k.startsWith("$"))
    .map(([k, v]) => [k, v as LegalForm] as const);
  return heads;
}

/**
 * The form matches of a text with its compounds headed by a form word added, in text order; a word a form or a
 * track already reads (Luftverkehrsabkommen is the air-services track) is left to that reading.
 */
export function withCompoundForms(
  doc: MatchDoc,
  forms: LexiconMatch<Form>[],
  read: readonly LexiconMatch<unknown>[],
): LexiconMatch<Form>[] {
  const taken = coveredTokens([...forms, ...read]);
  const added: LexiconMatch<Form>[] = [];
  doc.tokens.forEach((t, i) => {
    if (taken.has(i)) return;
    const head = compoundHeads().find(([end]) => t.text.length >= end.length + MIN_SUBJECT && t.text.endsWith(end));
    const form = head && formOf(head[1]);
    if (!head || !form) return;
    added.push({
      data: form,
      pattern: head[0],
      tokenStart: i,
      tokenEnd: i + 1,
      span: spanOf(doc, t.start, t.end),
      loose: true,
    });
  });
  const all = added.length ? [...forms, ...added].sort((a, b) => a.span.start - b.span.start) : forms;
  return withHyphenatedSubjects(doc, all);
}

/**
 * A compound written with a hyphen ("zwei Visa-Abkommen", "ein Gesundheits-Abkommen") is one word as much as one
 * written solid (Visaabkommen): the form's match takes in the capitalized subject the hyphen joins to it, so that
 * the subject is the form's own field and a count before it counts the form.
 */
function withHyphenatedSubjects(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  return forms.map((f) => {
    const subject = doc.tokens[f.tokenStart - 1];
    const last = doc.tokens[f.tokenEnd - 1];
    if (!subject || !last) return f;
    const from = doc.map[subject.start] ?? 0;
    const to = (doc.map[subject.end - 1] ?? 0) + 1;
    if (!/^[-‐‑]$/u.test(doc.text.slice(to, f.span.start))) return f;
    if (!/^\p{Lu}/u.test(f.span.text) || !/^\p{Lu}\p{L}+$/u.test(doc.text.slice(from, to))) return f;
    return { ...f, tokenStart: f.tokenStart - 1, span: spanOf(doc, subject.start, last.end) };
  });
}

/**
 * An English name puts its head last: a form word right before another ("Comprehensive Economic Partnership
 * Agreement", "Partnership Agreement") qualifies it, and the instrument is of the second's form. Both are
 * capitalized and only spaces stand between them; Romance names put the head first and join a qualifier with a
 * preposition ("Accord de Partenariat"), and Arabic has no capitals, so they are untouched.
 */
export function withoutQualifyingForms(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  return forms.filter((f, i) => {
    const next = forms[i + 1];
    if (!next || next.span.start < f.span.end) return true;
    // A name in capitals ("Partnership Agreement"), its two words apart by spaces alone.
    const named = /^\p{Lu}/u.test(f.span.text) && /^\p{Lu}/u.test(next.span.text);
    return !named || !/^[^\S\n]+$/u.test(doc.text.slice(f.span.end, next.span.start));
  });
}
