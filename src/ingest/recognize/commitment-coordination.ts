/**
 * How instruments in one signing sentence relate to the lists before them: a track named inside the list of a
 * plural form is one of its instruments ("agreements on energy, health and cultural cooperation"), and a form
 * joined to the form before it by a conjunction ("…, as well as agreements on maritime security") is governed
 * by the same signing word, whatever the first list names in between.
 */
import { COMMITMENTS_DATA } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, type Sentence } from "../match/normalize";
import type { Span } from "../types";
import { documentsOf, isPluralForm, listSpan, namesSubject } from "./commitment-lists";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: Record<string, ByLang> }).lists;

/** Words between a conjunction and the form it joins ("and the two agreements", "et du programme"). */
const DETERMINERS = ["articles", "singular", "quantity", "anaphora", "about"] as const;
/** Numbers before a form ("and 3 protocols"). */
const COUNT = /^\d{1,3}$/;

let cached:
  | { conjunctions: Lexicon<true>; carry: Lexicon<true>; distributive: Lexicon<true>; determiners: Set<string> }
  | undefined;
/** The conjunctions of a report, matched once. */
const conjunctionsBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();
function words() {
  if (cached) return cached;
  const determiners = new Set<string>();
  for (const key of DETERMINERS)
    for (const list of Object.values(DATA[key] ?? {}))
      for (const w of list) for (const t of norm(w).split(" ")) determiners.add(t);
  cached = {
    conjunctions: new Lexicon(entriesOf(DATA.conjunctions ?? {}, true as const)),
    carry: new Lexicon(entriesOf(DATA.carry ?? {}, true as const)),
    distributive: new Lexicon(entriesOf(DATA.distributive ?? {}, true as const)),
    determiners,
  };
  return cached;
}

/** The conjunctions of a report (matched once per report). */
function conjunctionsOf(doc: MatchDoc): LexiconMatch<true>[] {
  let found = conjunctionsBy.get(doc);
  if (!found) {
    found = words().conjunctions.match(doc);
    conjunctionsBy.set(doc, found);
  }
  return found;
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
  if (!last || !isPluralForm(doc, last) || !namesSubject(doc, last)) return undefined;
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
  const found = conjunctionsOf(doc);
  const onlyDeterminers = (from: number) =>
    doc.tokens.slice(from, m.tokenStart).every((t) => determiners.has(t.text) || COUNT.test(t.text));
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

/** A carry phrase opens its sentence: it starts this close (characters) to the sentence's start. */
const CARRY_OPENING = 12;
/** How many sentences back the signing of a carried list may stand. */
const CARRY_BACK = 2;

/**
 * Signatures carried to the next sentence: a sentence that signs several instruments ("fifteen agreements
 * were signed") followed by one opening on a carry phrase ("Among them, …", "Tra questi", "Il s'agit de",
 * "Среди них") names some of them, so the phrase stands for the signing word there (added to `cuesBy`).
 */
export function carrySignatures<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  const { carry } = words();
  for (const phrase of carry.match(doc)) {
    const k = doc.sentences.findIndex((s) => s.start <= phrase.span.start && phrase.span.end <= s.end);
    const here = doc.sentences[k];
    if (!here || phrase.span.start - here.start > CARRY_OPENING) continue;
    // The signing sentence is the one before, or the one before that when a description of the batch stands between.
    let cue: LexiconMatch<C> | undefined;
    for (let back = 1; back <= CARRY_BACK && !cue; back++) {
      const previous = doc.sentences[k - back];
      if (!previous) break;
      const several =
        (formsBy.get(previous.start) ?? []).some((f) => isPluralForm(doc, f)) ||
        documentsOf(doc).some((d) => d.span.start >= previous.start && d.span.end <= previous.end);
      if (several) cue = (cuesBy.get(previous.start) ?? []).find((c) => firm(c.data));
    }
    if (!cue) continue;
    const list = cuesBy.get(here.start) ?? [];
    list.push({ ...phrase, data: cue.data });
    cuesBy.set(here.start, list);
  }
  carryToLines(doc, cuesBy, formsBy, firm);
}

/** A line that is an item of a list: a dash, bullet or number first, or an instrument's name. */
const ITEM = /^(?:[-–—•*·▪]|\d{1,2}[.)]\s|[a-z][.)]\s)/u;
/** How many lines a list after a colon may hold. */
const MAX_ITEMS = 30;

/**
 * A signing sentence ending in a colon ("the following documents were signed:", "подписаны следующие
 * документы:") signs the instruments listed one per line after it: each line gets the signing word, placed on
 * the line break before it, until a line that is no list item.
 */
function carryToLines<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  for (const [k, s] of doc.sentences.entries()) {
    if (!doc.text.slice(s.start, s.end).endsWith(":")) continue;
    const cue = (cuesBy.get(s.start) ?? []).find((c) => firm(c.data));
    if (!cue) continue;
    for (let j = k + 1; j < doc.sentences.length && j <= k + MAX_ITEMS; j++) {
      const line = doc.sentences[j];
      if (!line) break;
      const named = (formsBy.get(line.start) ?? []).some((f) => f.span.start === line.start);
      if (!ITEM.test(doc.text.slice(line.start, line.end)) && !named) break;
      const at = Math.max(s.end, line.start - 1);
      const token = doc.tokens.findIndex((t) => (doc.map[t.start] ?? 0) >= line.start);
      const list = cuesBy.get(line.start) ?? [];
      list.push({
        ...cue,
        span: { start: at, end: at, text: "" },
        tokenStart: Math.max(0, token),
        tokenEnd: Math.max(0, token),
      });
      cuesBy.set(line.start, list);
    }
  }
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
): { start: number; sector?: string }[] | undefined {
  let markers = distributiveBy.get(doc);
  if (!markers) {
    markers = words().distributive.match(doc);
    distributiveBy.set(doc, markers);
  }
  const conjunctions = conjunctionsOf(doc);
  const opening = markers.filter((m) => {
    // An item names its subject right after ("another on energy", "otro de cooperación"), as a part never does.
    if (m.span.start < list.start || m.span.end > list.end || !namesSubject(doc, m) || partitive(doc, m)) return false;
    const before = doc.text.slice(list.start, m.span.start);
    return /(^|[,:;(])\s*$/u.test(before) || conjunctions.some((c) => c.tokenEnd === m.tokenStart);
  });
  // A plural form needs two items ("two agreements: one on…, another on…"); a single one is the first item
  // itself ("un memorando sobre…, otro de… y uno más de…").
  if (opening.length < (plural ? 2 : 1)) return undefined;
  const starts = plural ? opening.map((m) => m.span.start) : [list.start, ...opening.map((m) => m.span.start)];
  const out: { start: number; sector?: string }[] = [];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? list.end;
    const inside = (s: Span) => s.start >= start && s.end <= end;
    if (tracks.some((t) => inside(t.span))) continue;
    const sector = sectors.find((s) => inside(s.span))?.data;
    out.push(sector === undefined ? { start } : { start, sector });
  }
  return out;
}
