/**
 * How far a status word reaches a standalone instrument (a form named with no track of ours), and which sentences
 * name instruments for a carry phrase to list.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { carriedOver, listedAfterColon } from "./commitment-carry";
import { separated as isSeparated } from "./commitment-dates";
import { joinedToPrevious } from "./commitment-coordination";
import { withinReach } from "./commitment-lists";
import type { Subject } from "./commitment-standalone";
import { glossOf } from "./commitment-complement-forms";

/** What stands around an instrument in its sentence. */
interface Around {
  /** The sentence's status words. */
  cuesHere: readonly LexiconMatch<unknown>[];
  /** The sentence's form words. */
  formsHere: readonly LexiconMatch<unknown>[];
  /** The other instruments of the sentence that a status word may not reach past. */
  others: readonly Span[];
}

/**
 * Whether a status word reaches a standalone instrument: within reach and not past another instrument, or over a
 * colon list. A carry phrase before it ("Among them…", "وتتمثل الوثائق التي تم إمضاؤها في…") governs every
 * instrument its sentence lists after it, however long the list and whatever stands between.
 */
export function reaches(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  subject: Subject,
  { cuesHere, formsHere, others }: Around,
): boolean {
  if (cuesHere.some((c) => carriedOver(doc, c, subject.match))) return true;
  // The forms joined to a batch read as one generic mention, found once.
  const joined = subject.generic ? coordinated(doc, subject.span, formsHere) : new Set<LexiconMatch<unknown>>();
  // A form joined to one the status word reaches before it ("وقع الجانبان مذكرة تفاهم بشأن … ومذكرة تفاهم…") is reached.
  const joinedTo = subject.joinedTo;
  const previous = joinedTo ? formsHere.find((f) => f.span.start === joinedTo.start) : undefined;
  const near =
    withinReach(doc, cue, subject.match, formsHere) ||
    (subject.joinedTo !== undefined && listedAfterColon(doc, cue, subject.match)) ||
    (previous !== undefined && cue.span.end <= previous.span.start && withinReach(doc, cue, previous, formsHere));
  return (
    near &&
    !isSeparated(
      cue.span,
      subject.span,
      // A form joined to one the signing word comes before ("signed A; B and C", "…, as well as agreements on…")
      // shares that word, whatever the list names between; a count with another instrument before it is not
      // that word's object ("signed the agreement, then fifteen others").
      subject.joinedTo
        ? cue.span.end <= subject.joinedTo.start
          ? []
          : others
        : subject.generic
          ? [
              ...others,
              ...formsHere.filter((f) => !glossOf(doc, subject.span, f.span) && !joined.has(f)).map((f) => f.span),
            ]
          : others,
    )
  );
}

/**
 * Whether a sentence (by its start) names instruments, or lists them on the lines after its colon ("Key documents
 * include:"): only then does a carry phrase opening it list a batch.
 */
export function listsInstruments(
  doc: MatchDoc,
  formsBy: ReadonlyMap<number, readonly unknown[]>,
  subjectsBy: ReadonlyMap<number, readonly unknown[]>,
): (start: number) => boolean {
  const namesHere = (start: number) =>
    (formsBy.get(start) ?? []).length > 0 || (subjectsBy.get(start) ?? []).length > 0;
  return (start) => {
    if (namesHere(start)) return true;
    const k = doc.sentences.findIndex((s) => s.start === start);
    const [here, next] = [doc.sentences[k], doc.sentences[k + 1]];
    return !!here && !!next && doc.text.slice(here.start, here.end).trimEnd().endsWith(":") && namesHere(next.start);
  };
}

/**
 * The forms joined one after another to an instrument, from it on ("cinq accords et mémorandums ont été signés",
 * "five agreements and three memoranda were signed"): one subject of the status word after them, which none of them
 * keeps from the first ("the agreements and memoranda signed between the two countries", the relationship's tally,
 * is set aside before: commitment-standalone.ts).
 */
function coordinated(doc: MatchDoc, first: Span, forms: readonly LexiconMatch<unknown>[]): Set<LexiconMatch<unknown>> {
  const out = new Set<LexiconMatch<unknown>>();
  let previous = first;
  for (const f of [...forms].sort((a, b) => a.span.start - b.span.start)) {
    if (f.span.start < previous.end) continue;
    if (!joinedToPrevious(doc, previous, f)) break;
    out.add(f);
    previous = f.span;
  }
  return out;
}
