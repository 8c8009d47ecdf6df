/**
 * A form word that introduces a track as its subject across a short phrase ("an agreement on the avoidance of
 * double taxation", "соглашение об избежании двойного налогообложения", "un memorando de entendimiento para
 * establecer un mecanismo de consultas políticas"): a subject word right after the form, then a few words with no
 * comma, conjunction or other form between. Such a form is the track's, not a nearer one across a conjunction
 * ("… and a memorandum on agricultural research").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { anyIn, lists } from "./commitment-word-lists";

/** At most this many words between the form and its track. */
const PHRASE_GAP = 6;
/** A comma or a conjunction: the words after it start another item. */
const ITEM_BREAK =
  /[,;:،؛()]|(?:^|\s)(?:and|et|e|y|und|sowie|и|or|ou|o|oder|или|as well as|ainsi que|as also|nonché|así como|bem como)(?:\s|$)|\sو/iu;

/** Whether `form` introduces `subject` as its subject across a short phrase (see the module comment). */
export function introduces(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
  subject: LexiconMatch<unknown>,
  forms: readonly LexiconMatch<unknown>[],
): boolean {
  if (subject.tokenStart <= form.tokenEnd || subject.tokenStart - form.tokenEnd > PHRASE_GAP) return false;
  const first = doc.tokens[form.tokenEnd]?.text ?? "";
  if (!anyIn(lists(doc).about, first)) return false;
  if (ITEM_BREAK.test(doc.text.slice(form.span.end, subject.span.start))) return false;
  return !forms.some((f) => f !== form && f.span.start >= form.span.end && f.span.end <= subject.span.start);
}
