/**
 * Words that place an instrument among others: one more beside those told before ("An agreement was also
 * signed…", "Se firmó además…": seed/lexicons/commitments.json `lists.additional`), or among those signed earlier
 * or already in place ("the existing agreements on…": `lists.earlier`).
 */
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";
import { languageOf } from "./commitment-word-lists";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface Lists {
  additional: ByLang;
  earlier: ByLang;
  earlierAfter: ByLang;
  earlierBefore: ByLang;
  implementing: ByLang;
}
const LISTS = (COMMITMENTS_DATA as unknown as { lists: Lists }).lists;

let additional: Lexicon<true> | undefined;
let earlier: Lexicon<true> | undefined;
let earlierAfter: Lexicon<true> | undefined;
let earlierBefore: Lexicon<true> | undefined;
let implementing: Lexicon<true> | undefined;
const earlierOf = new WeakMap<
  MatchDoc,
  {
    around: LexiconMatch<true>[];
    after: LexiconMatch<true>[];
    before: LexiconMatch<true>[];
    carrying: LexiconMatch<true>[];
  }
>();
/** At most this many words between a word of carrying out and the form it governs ("the implementation of the"). */
const IMPLEMENTING_GAP = 2;
/** The only words between them: "of" and articles ("the implementation of the agreements", "Umsetzung der"). */
const OF_LINKS =
  /^(?:of|the|de|des|du|la|le|les|l|d|del|della|degli|dei|delle|dello|dell|di|los|las|dos|das|do|da|der|die|den)$/iu;
/** Languages whose noun governs the next one with nothing between (a genitive, a construct): "реализации соглашений". */
const ADJACENT_LANGUAGES = new Set(["ru", "ar"]);

/**
 * Whether a word of carrying out governs a form: only "of" and articles between them, and nothing at all only where
 * a noun governs the next so ("تنفيذ الاتفاقيات"); "implementing agreements" is an adjective, "Para su ejecución se
 * firmaron acuerdos" a clause of its own.
 */
function governs(doc: MatchDoc, w: LexiconMatch<true>, form: LexiconMatch<unknown>): boolean {
  const gap = form.tokenStart - w.tokenEnd;
  if (gap < 0 || gap > IMPLEMENTING_GAP || CLAUSE_BREAK.test(doc.text.slice(w.span.end, form.span.start))) return false;
  if (gap === 0) return ADJACENT_LANGUAGES.has(languageOf(doc) ?? "");
  return doc.tokens.slice(w.tokenEnd, form.tokenStart).every((t) => OF_LINKS.test(t.text));
}

const additionsOf = new WeakMap<MatchDoc, Span[]>();
/** The spans of a text's words of addition (matched once per report). */
export function additionSpans(doc: MatchDoc): Span[] {
  let found = additionsOf.get(doc);
  if (!found) {
    additional ??= new Lexicon(entriesOf(withoutComment(LISTS.additional), true as const));
    found = additional.match(doc).map((m) => m.span);
    additionsOf.set(doc, found);
  }
  return found;
}

/** How many words before or after a form a word of the past may stand ("les accords déjà existants"). */
const EARLIER_REACH = 4;

/**
 * Whether a form stands within a few words of a word that puts it among instruments signed earlier or already in
 * place ("the existing agreements on…", "عدة اتفاقيات في الفترة الماضية"), in its sentence.
 */
export function amongEarlier(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  let found = earlierOf.get(doc);
  if (!found) {
    earlier ??= new Lexicon(entriesOf(withoutComment(LISTS.earlier), true as const));
    earlierAfter ??= new Lexicon(entriesOf(withoutComment(LISTS.earlierAfter), true as const));
    earlierBefore ??= new Lexicon(entriesOf(withoutComment(LISTS.earlierBefore), true as const));
    implementing ??= new Lexicon(entriesOf(withoutComment(LISTS.implementing), true as const));
    found = {
      around: earlier.match(doc),
      after: earlierAfter.match(doc),
      before: earlierBefore.match(doc),
      carrying: implementing.match(doc),
    };
    earlierOf.set(doc, found);
  }
  const sentence = sentenceAt(doc, form.span.start);
  if (!sentence) return false;
  const inSentence = (w: LexiconMatch<true>) => w.span.start >= sentence.start && w.span.end <= sentence.end;
  const after = (w: LexiconMatch<true>) =>
    w.tokenStart >= form.tokenEnd && w.tokenStart - form.tokenEnd <= EARLIER_REACH;
  const before = (w: LexiconMatch<true>) =>
    w.tokenEnd <= form.tokenStart && form.tokenStart - w.tokenEnd <= EARLIER_REACH;
  // "already signed" right after the form ("les accords déjà signés"), or its participle right before it ("der
  // bereits unterzeichneten Abkommen"), nothing between: an auxiliary between tells the report's own signing
  // ("Agreements were already signed on Tuesday").
  return (
    found.around.some((w) => inSentence(w) && (before(w) || after(w))) ||
    found.after.some((w) => inSentence(w) && w.tokenStart === form.tokenEnd) ||
    found.before.some((w) => inSentence(w) && w.tokenEnd === form.tokenStart) ||
    // "the implementation of the agreements signed during the visit": their follow-up, not their signing.
    found.carrying.some((w) => inSentence(w) && governs(doc, w, form))
  );
}
