/**
 * Lists of three or more countries ("the heads of state of Mongolia, Laos and Fiji"), which say a report is on a
 * gathering of several states when its opening names them together. A list of places visited ("the minister's
 * visit to Georgia, Azerbaijan and Armenia") is a tour's, each host met on its own, not a gathering.
 */
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CountryMention } from "./countries";
import { continuesList } from "./pair-cues";
import { VISIT_INTO } from "./place-host";

/** How many distinct countries in a row make a list of several states. */
const LIST_MIN = 3;

/** Whether the mentions before `end` hold a list of LIST_MIN or more distinct countries that are not a visit's. */
export function listsSeveral(doc: MatchDoc, mentions: readonly CountryMention[], end: number): boolean {
  let run = new Set<string>();
  let first: CountryMention | undefined;
  let last: CountryMention | undefined;
  for (const m of mentions) {
    if (m.span.start >= end) break;
    const continues = last !== undefined && continuesList(doc.text.slice(last.span.end, m.span.start), m);
    if (!continues) first = m;
    run = continues ? run.add(m.code) : new Set([m.code]);
    last = m;
    if (run.size >= LIST_MIN && first && !visited(doc, first)) return true;
  }
  return false;
}

function visited(doc: MatchDoc, first: CountryMention): boolean {
  const from = sentenceAt(doc, first.span.start)?.start ?? 0;
  return VISIT_INTO.test(doc.text.slice(from, first.span.start));
}
