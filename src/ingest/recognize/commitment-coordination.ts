/**
 * How instruments in one signing sentence relate to the lists before them: a track named inside the list of a
 * plural form is one of its instruments ("agreements on energy, health and cultural cooperation"), and a form
 * joined to the form before it by a conjunction ("…, as well as agreements on maritime security") is governed
 * by the same signing word, whatever the first list names in between. Items opened by distributive words ("two
 * agreements: one on …, another on …") are read in commitment-distributive.ts.
 */
import { compoundForm, type Form, formOf } from "./commitment-cues";
import { introduces } from "./commitment-introduces";
import { distributiveAntecedent } from "./commitment-distributive";
import { conjunctionsOf, isCooperationWord, ITEM_BREAK, words } from "./commitment-coordination-words";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, type Sentence, textBetween } from "../match/normalize";
import type { Span } from "../types";
import { listSpan, namesAsSubject, namesSubject } from "./commitment-lists";
import { arabicOneAfter, isPluralForm } from "./commitment-plural";
import { isArabicAndCount, measures } from "./commitment-list-words";
import { anyIn, lists } from "./commitment-word-lists";
import { oneOfListed } from "./commitment-carry";
import type { Subject } from "./commitment-standalone";

/** "new" before the form joined ("and a new agreement on fisheries"), in matching form. */
const NEW = new Set(
  [
    "new",
    "nouvel",
    "nouveau",
    "nouvelle",
    "nouveaux",
    "nouvelles",
    "nuovo",
    "nuova",
    "nuovi",
    "nuove",
    "nuevo",
    "nueva",
    "nuevos",
    "nuevas",
    "novo",
    "nova",
    "novos",
    "novas",
    "neue",
    "neues",
    "neuen",
    "neuer",
    "новое",
    "новый",
    "новую",
    "нового",
    "новых",
    "новые",
  ].map((w) => norm(w)),
);
/** Numbers before a form ("and 3 protocols"). */
const COUNT = /^\d{1,3}$/;

/**
 * The plural form of the sentence whose list holds `span` (the last one before it), if any: the span is one of
 * the instruments it lists.
 */
export function listHolding<T>(
  doc: MatchDoc,
  sentence: Sentence,
  span: Span,
  forms: readonly LexiconMatch<T>[],
  cues: readonly LexiconMatch<unknown>[],
): LexiconMatch<T> | undefined {
  const last = forms.filter((f) => f.span.end <= span.start).sort((a, b) => b.span.end - a.span.end)[0];
  if (!last || !isPluralForm(doc, last) || !(namesSubject(doc, last) || listedAfter(doc, last))) return undefined;
  const list = listSpan(doc, last, sentence, forms, cues);
  return span.start >= list.start && span.end <= list.end ? last : undefined;
}

/**
 * Whether a form is joined to the form before it in its sentence by a conjunction, determiners and counts
 * aside ("signed agreements on energy and health, as well as two protocols…"), or by a comma ("le programme de la
 * jeunesse, le programme des sports"); Arabic joins "and" to the word.
 */
export function joinedToPrevious(doc: MatchDoc, previous: Span | undefined, m: LexiconMatch<unknown>): boolean {
  if (!previous || previous.end > m.span.start) return false;
  if (m.span.text.startsWith("و")) return true;
  const { determiners } = words();
  // The first form's cooperation word ("اتفاقيات تعاون", "agreements of cooperation") is still its name, and one
  // before the next form ("and 2 cooperation protocols") is that form's: neither stands between the two.
  const filler = (w: string) => determiners.has(w) || COUNT.test(w) || isCooperationWord(w);
  const gapWords = norm(doc.text.slice(previous.end, m.span.start)).split(/\s+/).filter(Boolean);
  while (gapWords.length && isCooperationWord(gapWords[0] ?? "")) gapWords.shift();
  // …or to the next form's count ("خمس اتفاقيات وثلاث مذكرات تفاهم").
  const [first, ...rest] = gapWords;
  if (first && isArabicAndCount(first) && rest.every(filler)) return true;
  const found = conjunctionsOf(doc);
  // A measure joined to its number ("and a 10-year agreement", "and two five-year programmes") is the form's too.
  const measure = (i: number) => {
    const before = doc.tokens[i - 1];
    return before !== undefined && measures(doc, before);
  };
  const onlyDeterminers = (from: number) =>
    doc.tokens.slice(from, m.tokenStart).every((t, k) => filler(t.text) || measure(from + k) || NEW.has(t.text));
  // An enumeration by commas: "le programme de la jeunesse, le programme des sports".
  const gap = doc.text.slice(previous.end, m.span.start);
  const comma = gap.search(/[,;،][^,;،]*$/);
  if (comma >= 0) {
    const tail = norm(gap.slice(comma + 1))
      .split(/\s+/)
      .filter(Boolean);
    if (tail.every((w) => determiners.has(w) || COUNT.test(w))) return true;
  }
  return found.some((c) => c.span.start >= previous.end && c.tokenEnd <= m.tokenStart && onlyDeterminers(c.tokenEnd));
}

type Named = { form: Form; match?: LexiconMatch<Form>; relativeFrom?: number } | undefined;

/**
 * A track's form. The form word that introduces it as its subject ("un accord sur le transport aérien et un
 * mémorandum sur la santé": the agreement's, not the nearer memorandum across the conjunction); else the one its
 * own compound names (Luftverkehrsabkommen → agreement) when the form word nearest it heads another item of a
 * coordination ("ein Luftverkehrsabkommen und eine Absichtserklärung"); else that nearest word. A form word in
 * the track's own phrase ("ein Protokoll zum Doppelbesteuerungsabkommen") still names it.
 */
export function formOfTrack(
  doc: MatchDoc,
  subject: Subject,
  nearest: Named,
  forms: readonly LexiconMatch<Form>[],
): Named {
  if (!nearest?.match) return nearest;
  const m = nearest.match.span;
  // Arabic joins its "و" to the form word after a track ("…الازدواج الضريبي واتفاقية…"): that word heads the next item.
  const joinedAfter = m.start >= subject.span.end && nearest.match.span.text.startsWith("و");
  if (!joinedAfter && !ITEM_BREAK.test(textBetween(doc, m, subject.span))) return nearest;
  const antecedent = distributiveAntecedent(doc, subject, forms);
  if (antecedent) return { form: antecedent.data, match: antecedent };
  const introducing = forms.find(
    (f) =>
      f.span.end <= subject.span.start &&
      (namesAsSubject(doc, f, subject.match) || introduces(doc, f, subject.match, forms)),
  );
  if (introducing) return { form: introducing.data, match: introducing };
  const compound = compoundForm(subject.span.text);
  const form = compound ? formOf(compound) : undefined;
  return form ? { form } : nearest;
}

/**
 * A standalone form as an item of what its sentence lists: generic when a later sentence lists its batch
 * (oneOfListed); joined to a track named right before it by a conjunction ("ein Luftverkehrsabkommen und eine
 * Absichtserklärung zur Gesundheit"), so that the signing word before the track governs it too.
 */
export function asItem(
  doc: MatchDoc,
  subject: Subject,
  sectors: readonly { span: Span }[],
  tracks: readonly { span: Span }[],
  namesInstruments?: (sentenceStart: number) => boolean,
): Subject {
  if (subject.told) return subject;
  if (oneOfListed(doc, subject, sectors, namesInstruments)) return { ...subject, generic: true };
  if (subject.joinedTo || subject.generic || !namesSubject(doc, subject.match)) return subject;
  const before = tracks
    .filter((t) => t.span.end <= subject.span.start && compoundForm(t.span.text))
    .sort((a, b) => b.span.end - a.span.end)[0];
  return before && joinedToPrevious(doc, before.span, subject.match)
    ? { ...subject, joinedTo: before.span, slot: subject.span.start }
    : subject;
}

/** Words at most between a plural form and the inclusion word opening its items ("trois mémorandums lundi au Caire, à savoir"). */
const INCLUSION_GAP = 6;

/**
 * Whether an inclusion word opens the items of a plural form shortly after it, past a comma ("three memoranda in
 * Cairo, namely…", "ثلاث مذكرات تفاهم، وهي"), nothing but a place or a day between.
 */
function listedAfter(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  for (let i = form.tokenEnd; i <= form.tokenEnd + INCLUSION_GAP; i++) {
    const t = doc.tokens[i];
    if (!t) return false;
    const between = doc.text.slice(form.span.end, doc.map[t.start] ?? form.span.end);
    if (/[.;:!?؛()]/.test(between)) return false;
    if (anyIn(lists(doc).including, t.text)) return /[,،]\s*$/.test(between);
  }
  return false;
}

/**
 * Whether a single form has an indefinite article or "one" of its own right before it ("a memorandum and an
 * agreement", "un memorando y un acuerdo", "ein Memorandum und ein Abkommen"), or an Arabic one with "one" after it
 * ("سبع مذكرات تفاهم واتفاقية واحدة"): another instrument than the form it is joined to, not a second name of the
 * same one ("the memorandum and agreement").
 */
export function ownSingular(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  // Arabic has no indefinite article: "one" after the form tells it ("…واتفاقية واحدة").
  if (/\p{Script=Arabic}/u.test(m.span.text)) return arabicOneAfter(doc, m.span.end);
  const before = doc.tokens[m.tokenStart - 1];
  return before !== undefined && anyIn(lists(doc).singular, before.text);
}
