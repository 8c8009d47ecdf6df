/**
 * A status phrase as it reads beside its instrument: a phrase that runs into the instrument's own form word ("rige el
 * acuerdo") reads by its words before it, unless a relative pronoun makes it another noun's verb.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { distance } from "./commitment-standalone";

/** A relative pronoun right before a status phrase ("que rige el acuerdo", "qui régit l'accord", "that governs"). */
const RELATIVE_BEFORE = /(?:^|[\s,])(?:que|qui|che|that|which|quale|cual|cuyo)\s+$/iu;

/**
 * A status word of a subject's sentence, as it reads beside the subject: apart from it, or, when its phrase runs into
 * the subject's own form ("rige el acuerdo", whose instrument is the subject), only its words before the subject.
 */
export function cueBefore<T>(doc: MatchDoc, c: LexiconMatch<T>, subject: Span): LexiconMatch<T>[] {
  if (distance(c.span, subject) > 0) return [c];
  if (c.span.start >= subject.start) return [];
  const end = c.span.start + doc.text.slice(c.span.start, subject.start).trimEnd().length;
  if (end <= c.span.start || end >= subject.start) return [];
  // "el principio que rige el tratado": the verb of a relative clause about another noun tells nothing of it.
  if (RELATIVE_BEFORE.test(doc.text.slice(Math.max(0, c.span.start - 12), c.span.start))) return [];
  return [{ ...c, span: { start: c.span.start, end, text: doc.text.slice(c.span.start, end) } }];
}
