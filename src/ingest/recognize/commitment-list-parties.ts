/**
 * The parties a counted form names right after it and its verb ("two memoranda were signed between Mali and Chad"),
 * which its list of areas does not reach (commitment-areas.ts `countedAreas`): "Mali and Chad" are no two areas.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";
import { AREA_BREAK } from "./commitment-areas";
import { anyIn, lists } from "./commitment-word-lists";
import { isInstitution } from "./commitment-institution-parties";
import { FILLERS } from "./pair-words";

/** Areas listed: a break between two of them (commitment-areas.ts), not a vague "قطاعات متعددة". */
const AREA_LIST = new RegExp(AREA_BREAK.source, "iu");

/**
 * A form's list up to the parties it names right after it and its verb ("…two memoranda were signed between Mali and
 * Chad": the parties, not two areas), unless areas are listed after them ("…tra Italia e Albania nei settori dell'energia e della sanità").
 */
export function beforeParties(doc: MatchDoc, form: LexiconMatch<unknown>, list: Span): Span {
  const at = partiesWordAfter(doc, form, list.end);
  // Only parties right after the form and its verb: past a comma or a bracket, the words are no list of its own.
  if (at === undefined || /[,;:()،؛]/u.test(doc.text.slice(list.start, at))) return list;
  const areasAfter = lists(doc)
    .fields.match(doc)
    .some((m) => m.span.start > at && m.span.end <= list.end && AREA_LIST.test(doc.text.slice(m.span.end, list.end)));
  return areasAfter ? list : { start: list.start, end: at, text: doc.text.slice(list.start, at) };
}

/**
 * Where the first word naming parties stands after a form, before `end`: "between" before a name ("between Mali
 * and Chad", "entre l'Égypte et…", "между Россией и…"), or Arabic "بين" but in "من بينها" (among them). Not "entre
 * ellos uno sobre…" (among them) nor "entre las agencias de prensa" (a subject's own words).
 */
function partiesWordAfter(doc: MatchDoc, form: LexiconMatch<unknown>, end: number): number | undefined {
  const { between, articles } = lists(doc);
  const raw = (i: number) => {
    const t = doc.tokens[i];
    return t ? doc.text.slice(doc.map[t.start] ?? 0, doc.map[t.end] ?? 0) : "";
  };
  for (let i = form.tokenEnd; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.start] ?? end) : end;
    if (!t || at >= end) return undefined;
    if (!anyIn(between, t.text)) continue;
    let next = i + 1;
    while (doc.tokens[next] && anyIn(articles, doc.tokens[next]?.text ?? "")) next++;
    // Governments or institutions ("zwischen den Regierungen", "بين حكومتي", "between the Ministry of…") are read as
    // parties elsewhere, with the items told again after them (commitment-institution-parties.ts).
    if (heldBy(doc.tokens[next]?.text ?? "")) return undefined;
    if (t.text === norm("بين")) return doc.tokens[i - 1]?.text === norm("من") ? undefined : at;
    return /^\p{Lu}/u.test(raw(next)) ? at : undefined;
  }
  return undefined;
}

/** Whether a word names a government or a state institution, not a country ("Regierungen", "حكومتي", "Ministry"). */
function heldBy(word: string): boolean {
  return FILLERS.has(word) || isInstitution(word);
}
