/**
 * Items opened by distributive words ("two agreements: one on health and another on energy", "un acuerdo de
 * transporte aéreo, otro de cooperación en seguridad"): one instrument each, and the form the word stands for.
 */
import type { Form } from "./commitment-cues";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, textBetween } from "../match/normalize";
import type { Span } from "../types";
import { namesSubject } from "./commitment-lists";
import { singularOfLanguage } from "./commitment-word-lists";
import { conjunctionsOf, distributiveOf, ITEM_BREAK } from "./commitment-coordination-words";
import type { Subject } from "./commitment-standalone";

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

/**
 * The form a distributive word opening the track's item stands for: the form told before it ("un acuerdo de
 * transporte aéreo, otro de cooperación en materia de seguridad y un memorándum sobre salud": the security item
 * is an agreement, not the memorandum after it). Undefined when no such word opens the item or a form stands
 * between it and the track.
 */
export function distributiveAntecedent(
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
