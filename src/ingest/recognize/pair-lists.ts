/**
 * Leads on more than a pair of states. Lists of three or more countries ("the heads of state of Mongolia, Laos and Fiji"), which say a report is on a
 * gathering of several states when its opening names them together. A list of places visited ("the minister's
 * visit to Georgia, Azerbaijan and Armenia") is a tour's, each host met on its own, not a gathering. A state
 * joined with an organisation ("Mongolia and the African Union signed…") tells of that relation.
 */
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CountryMention } from "./countries";
import { organisationsIn } from "./commitment-organisations";
import { continuesList, joins } from "./pair-cues";
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

/** Whether a country and an organisation are joined before `end` ("X and the EU", "l'UA et l'Iran"). */
export function joinedWithOrganisation(doc: MatchDoc, mentions: readonly CountryMention[], end: number): boolean {
  return organisationsIn(doc).some((o) => {
    if (o.span.start >= end) return false;
    const before = mentions.findLast((m) => m.span.end <= o.span.start);
    const after = mentions.find((m) => m.span.start >= o.span.end);
    return (
      (before !== undefined && joins(doc.text.slice(before.span.end, o.span.start), o)) ||
      (after !== undefined && after.span.start < end && joins(doc.text.slice(o.span.end, after.span.start), after))
    );
  });
}
