/**
 * A status word's own object: an instrument right after it, past a clause mark from another instrument it might
 * otherwise be read for ("This is the first agreement of its kind, although Mauritania had signed a similar agreement
 * with Sudan").
 */
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { CONTRAST } from "./commitment-clause-words";

/** At most this many words between a status word and the instrument it takes as its object ("signed a similar"). */
const OBJECT_GAP = 2;
/** Words that join a second instrument to the subject rather than make it the verb's object ("signed with a…"). */
const JOINING =
  /^(?:with|alongside|together|along|as|and|avec|ainsi|et|con|com|junto|insieme|mit|sowie|und|с|и|مع|و)$/iu;

/**
 * Whether a status word after the subject, past a clause mark, takes an instrument of its own right after it
 * ("This is the first agreement of its kind, although Mauritania had signed a similar agreement with Sudan"): it is
 * that instrument's verb, not the subject's.
 */
export function objectAfter(doc: MatchDoc, cue: Span, subject: Span, instruments: readonly Span[]): boolean {
  const between = doc.text.slice(subject.end, cue.start);
  const mark = between.search(/[,;:–—،؛]/u);
  // …a clause of its own past the mark, opened by a word of contrast ("…, although Mauritania had signed…"); a
  // fronted phrase ("Besides the trade agreement, Kenya and Uganda signed a memorandum") shares the verb.
  if (mark < 0 || !CONTRAST.test(between.slice(mark + 1))) return false;
  return instruments.some((i) => {
    if (i.start < cue.end) return false;
    const words = doc.text.slice(cue.end, i.start).split(/\s+/u).filter(Boolean);
    return words.length <= OBJECT_GAP && !words.some((w) => JOINING.test(w) || /[,;:.]/u.test(w));
  });
}
