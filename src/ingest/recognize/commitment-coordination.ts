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
import { isPluralForm, listSpan } from "./commitment-lists";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: Record<string, ByLang> }).lists;

/** Words between a conjunction and the form it joins ("and the two agreements", "ainsi que plusieurs accords"). */
const DETERMINERS = ["articles", "singular", "quantity", "anaphora"] as const;
/** Numbers before a form ("and 3 protocols"). */
const COUNT = /^\d{1,3}$/;

let cached: { conjunctions: Lexicon<true>; determiners: Set<string> } | undefined;
/** The conjunctions of a report, matched once. */
const conjunctionsBy = new WeakMap<MatchDoc, LexiconMatch<true>[]>();
function words() {
  if (cached) return cached;
  const determiners = new Set<string>();
  for (const key of DETERMINERS)
    for (const list of Object.values(DATA[key] ?? {}))
      for (const w of list) for (const t of norm(w).split(" ")) determiners.add(t);
  cached = { conjunctions: new Lexicon(entriesOf(DATA.conjunctions ?? {}, true as const)), determiners };
  return cached;
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
  if (!last || !isPluralForm(doc, last)) return undefined;
  const list = listSpan(doc, last, sentence, forms, cues);
  return span.start >= list.start && span.end <= list.end ? last : undefined;
}

/**
 * Whether a form is joined to the form before it in its sentence by a conjunction, determiners and counts
 * aside ("signed agreements on energy and health, as well as two protocols…"); Arabic joins "and" to the word.
 */
export function joinedToPrevious(doc: MatchDoc, previous: Span | undefined, m: LexiconMatch<unknown>): boolean {
  if (!previous || previous.end > m.span.start) return false;
  if (m.span.text.startsWith("و")) return true;
  const { conjunctions, determiners } = words();
  let found = conjunctionsBy.get(doc);
  if (!found) {
    found = conjunctions.match(doc);
    conjunctionsBy.set(doc, found);
  }
  const onlyDeterminers = (from: number) =>
    doc.tokens.slice(from, m.tokenStart).every((t) => determiners.has(t.text) || COUNT.test(t.text));
  return found.some((c) => c.span.start >= previous.end && c.tokenEnd <= m.tokenStart && onlyDeterminers(c.tokenEnd));
}
