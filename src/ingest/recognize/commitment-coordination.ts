/**
 * How instruments in one signing sentence relate to the lists before them: a track named inside the list of a
 * plural form is one of its instruments ("agreements on energy, health and cultural cooperation"), and a form
 * joined to the form before it by a conjunction ("…, as well as agreements on maritime security") is governed
 * by the same signing word, whatever the first list names in between, and items opened by distributive words
 * ("two agreements: one on …, another on …") are one instrument each.
 */
import { COMMITMENTS_DATA, compoundForm, type Form, formOf } from "./commitment-cues";
import { introduces } from "./commitment-introduces";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, type Sentence, textBetween } from "../match/normalize";
import type { Span } from "../types";
import { listSpan, namesAsSubject, namesSubject } from "./commitment-lists";
import { arabicOneAfter, isPluralForm } from "./commitment-plural";
import { anyIn, isArabicAndCount, lists, measures, singularOfLanguage } from "./commitment-list-words";
import { oneOfListed } from "./commitment-carry";
import type { Subject } from "./commitment-standalone";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: Record<string, ByLang> }).lists;

/** Words between a conjunction and the form it joins ("and the two agreements", "et du programme"). */
const DETERMINERS = ["articles", "singular", "quantity", "anaphora", "about", "distributive"] as const;
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

let cached: { conjunctions: Lexicon<true>; distributive: Lexicon<true>; determiners: Set<string> } | undefined;
/** The conjunctions of a report, matched once. */
const conjunctionsBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

/** The cooperation words of commitments.json `kinds.cooperation` (normalized; a "*" pattern is a stem). */
let cooperation: { exact: Set<string>; stems: string[] } | undefined;
function isCooperationWord(w: string): boolean {
  if (!cooperation) {
    const kinds = (COMMITMENTS_DATA as unknown as { kinds: { cooperation: ByLang } }).kinds.cooperation;
    const all = Object.values(kinds).flat();
    cooperation = {
      exact: new Set(all.filter((p) => !p.endsWith("*")).map(norm)),
      stems: all.filter((p) => p.endsWith("*")).map((p) => norm(p.slice(0, -1))),
    };
  }
  return cooperation.exact.has(w) || cooperation.stems.some((st) => w.startsWith(st));
}
function words() {
  if (cached) return cached;
  const determiners = new Set<string>();
  for (const key of DETERMINERS)
    for (const list of Object.values(DATA[key] ?? {}))
      for (const w of list) for (const t of norm(w).split(" ")) determiners.add(t);
  cached = {
    conjunctions: new Lexicon(entriesOf(DATA.conjunctions ?? {}, true as const)),
    distributive: new Lexicon(entriesOf(DATA.distributive ?? {}, true as const)),
    determiners,
  };
  return cached;
}

/** The matches of one of the words' lexicons in a report, kept in `by` so that each report is matched once. */
function matchedOnce(doc: MatchDoc, by: WeakMap<MatchDoc, LexiconMatch<true>[]>, key: "conjunctions" | "distributive") {
  let found = by.get(doc);
  if (!found) {
    found = words()[key].match(doc);
    by.set(doc, found);
  }
  return found;
}

/** The conjunctions of a report (matched once per report). */
function conjunctionsOf(doc: MatchDoc): LexiconMatch<true>[] {
  return matchedOnce(doc, conjunctionsBy, "conjunctions");
}

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

/** Words after "one" that make it a part of a whole ("one of the", "uno de los", "l'un des"), not an item. */
const PARTITIVE = /^(?:of|des|dei|delle|degli|del|della|dos|das|do|da|из)$/;
const PARTITIVE_ARTICLE = /^(?:de|di)$/;
const ARTICLE_AFTER =
  /^(?:los|las|la|el|les|le|l|gli|i|os|as|o|a|these|those|them|ces|estos|estas|questi|queste|esses|essas)$/;

function partitive(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const next = doc.tokens[m.tokenEnd]?.text ?? "";
  const after = doc.tokens[m.tokenEnd + 1]?.text ?? "";
  return PARTITIVE.test(next) || (PARTITIVE_ARTICLE.test(next) && ARTICLE_AFTER.test(after));
}

/** Distributive words of a report, matched once. */
const distributiveBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();

/** The distributive words of a report ("another", "otro", "وأخرى"), matched once per report. */
function distributiveOf(doc: MatchDoc): LexiconMatch<true>[] {
  return matchedOnce(doc, distributiveBy, "distributive");
}

/**
 * The form a distributive word opening the track's item stands for: the form told before it ("un acuerdo de
 * transporte aéreo, otro de cooperación en materia de seguridad y un memorándum sobre salud": the security item
 * is an agreement, not the memorandum after it). Undefined when no such word opens the item or a form stands
 * between it and the track.
 */
function distributiveAntecedent(
  doc: MatchDoc,
  subject: Subject,
  forms: readonly LexiconMatch<Form>[],
): LexiconMatch<Form> | undefined {
  const opener = distributiveOf(doc)
    .filter((m) => m.span.end <= subject.span.start && namesSubject(doc, m))
    .at(-1);
  if (!opener || ITEM_BREAK.test(textBetween(doc, opener.span, subject.span))) return undefined;
  if (forms.some((f) => f.span.start >= opener.span.end && f.span.end <= subject.span.start)) return undefined;
  const before = forms.filter((f) => f.span.end <= opener.span.start).at(-1);
  // The antecedent is in the same sentence: nothing but the list stands between ("un acuerdo …, otro de …").
  return before && !/[.!?؟]\s/u.test(textBetween(doc, before.span, opener.span)) ? before : undefined;
}

/**
 * The items of a plural form's list opened by distributive words ("two agreements: one on health and another
 * on energy", "dos memorandos, uno para … y otro para …"), each with the first sector it names; items naming a
 * track are left to the track. Undefined when fewer than two items are opened so.
 */
export function distributiveItems(
  doc: MatchDoc,
  list: Span,
  sectors: readonly LexiconMatch<string>[],
  tracks: readonly { span: Span }[],
  plural: boolean,
  ahead: readonly LexiconMatch<unknown>[] = [],
): { start: number; sector?: string }[] | undefined {
  const markers = distributiveOf(doc);
  const conjunctions = conjunctionsOf(doc);
  const opening: LexiconMatch<true>[] = [];
  for (const m of markers) {
    // An item names its subject right after ("another on energy", "otro de cooperación"), as a part never does.
    if (m.span.start < list.start || m.span.end > list.end || !namesSubject(doc, m) || partitive(doc, m)) continue;
    const before = doc.text.slice(list.start, m.span.start);
    // A single form's own ordinal right after it ("مذكرة التفاهم الثانية", the second memorandum) is no further item.
    if (!plural && !before.trim()) continue;
    // "Another" after a single form is another of the nearest noun: none with its own article since the item before
    // ("announced a grant … and an additional one"), no semicolon (a clause of its own: "un accordo…; un altro, …,
    // sarà firmato").
    const since = doc.text.slice(opening.at(-1)?.span.end ?? list.start, m.span.start);
    if (!plural && (/[;؛]/u.test(before) || wordsOf(since).some((w) => singularOfLanguage(doc, w)))) continue;
    if (!(/(^|[,:;(،؛])\s*$/u.test(before) || conjunctions.some((c) => c.tokenEnd === m.tokenStart))) continue;
    // An item with a verb of its own still ahead or short of a signature ("and another, designed to cover energy,
    // will be signed in April", "a second aimed at trade was discussed") is that verb's subject: it and the rest end.
    if (ownVerbAhead(doc, m, ahead)) break;
    opening.push(m);
  }
  // A plural form needs two items ("two agreements: one on…, another on…"); a single one is the first item
  // itself ("un memorando sobre…, otro de… y uno más de…").
  if (opening.length < (plural ? 2 : 1)) return undefined;
  const starts = plural ? opening.map((m) => m.span.start) : [list.start, ...opening.map((m) => m.span.start)];
  const out: { start: number; sector?: string }[] = [];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? list.end;
    const inside = (s: Span) => s.start >= start && s.end <= end;
    // A single form's own track, named with it ("une convention fiscale et une autre…"), is its first item's reading.
    const ownTrack = (s: Span) => !plural && i === 0 && s.start < end && s.end > start;
    if (tracks.some((t) => inside(t.span) || ownTrack(t.span))) continue;
    const sector = sectors.find((s) => inside(s.span))?.data;
    out.push(sector === undefined ? { start } : { start, sector });
  }
  return out;
}

/** Words at most between a distributive word and a verb of its own. */
const OWN_VERB_WORDS = 12;

/** The words of a stretch of text, split on spaces and punctuation. */
const wordsOf = (text: string) => text.split(/[\s,;:()،؛]+/u).filter(Boolean);

/** Whether a status word short of a signature follows a distributive word closely in its sentence. */
function ownVerbAhead(doc: MatchDoc, m: LexiconMatch<unknown>, ahead: readonly LexiconMatch<unknown>[]): boolean {
  return ahead.some(
    (c) =>
      c.tokenStart >= m.tokenEnd &&
      c.tokenStart - m.tokenEnd <= OWN_VERB_WORDS &&
      !/[.!?؟]/u.test(textBetween(doc, m.span, c.span)),
  );
}

/** What sets two coordinated items apart: a comma or a conjunction ("ein Luftverkehrsabkommen und eine Absichtserklärung"). */
const ITEM_BREAK =
  /[,;،]|(?:^|\s)(?:and|et|e|y|und|sowie|и|or|ou|o|oder|или|as well as|ainsi que|as also)(?:\s|$)|\sو/iu;

type Named = { form: Form; match?: LexiconMatch<Form> } | undefined;

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
    if (anyIn(lists().including, t.text)) return /[,،]\s*$/.test(between);
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
  return before !== undefined && anyIn(lists().singular, before.text);
}
