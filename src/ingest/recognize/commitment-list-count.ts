/**
 * How many instruments a named instrument's plural counts: "three joint statements", "drei gemeinsame Erklärungen",
 * "три совместных заявления" are three, as a counted batch of a form word is (commitment-lists.ts `countOf`); and how a
 * generic mention reads as a batch.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { Form } from "./commitment-cues";
import type { Subject } from "./commitment-standalone";
import { arabicDual, countOf, isPluralForm, MAX_COUNT } from "./commitment-plural";
import { colonAfter, countReading } from "./commitment-counts";
import { opensOnCarry } from "./commitment-carry";
import { additionSpans } from "./commitment-additional";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import { includedBefore, inclusionWithin } from "./commitment-clause-end";
import { numberIn } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";
import { type GenericHit, OF_ANOTHER_TIME } from "./commitment-generic";
import type { CommitmentHit } from "../types";
import { ownSingular } from "./commitment-coordination";

/** The count of a plural instrument, when it states more than one (and no more than a batch can hold). */
export function instrumentCount(doc: MatchDoc, m: LexiconMatch<unknown>): number | undefined {
  if (!isPluralForm(doc, m)) return undefined;
  const n = countOf(doc, m);
  return n !== undefined && n > 1 && n <= MAX_COUNT ? n : undefined;
}

/**
 * Whether a counted batch is joined by a conjunction to an instrument of its own legal form named right before it
 * ("an agreement on energy and two agreements on education"): a batch beyond that instrument, not its restatement.
 */
export function joinedToItsForm(subject: Subject, forms: readonly LexiconMatch<Form>[]): boolean {
  const to = subject.joinedTo;
  if (!to || subject.count === undefined || !subject.instrument) return false;
  return forms.some((f) => f.span.start === to.start && f.data.legalForm === subject.instrument);
}

/**
 * How a generic mention (a count, or a batch restated, with no field of its own) reads as a batch: its count and
 * what it says of it, whether it heads a list after a colon, restates, is joined to an instrument of its form, or
 * stands in a sentence that goes on naming a batch's items (commitment-generic.ts); `era` is the other time its clause
 * tells of, if any.
 */
export function genericReading(
  doc: MatchDoc,
  subject: Subject,
  hit: CommitmentHit,
  forms: readonly LexiconMatch<Form>[],
  era: string,
): GenericHit {
  return {
    hit,
    at: subject.span.start,
    // …told of another time ("in 2019"), it is none of the day's count.
    ...(era ? { past: true } : {}),
    ...(subject.count !== undefined
      ? { count: subject.count, ...countReading(doc, subject.match) }
      : // An uncounted plural heading a list ("The signed agreements are as follows:") heads the batch counted before.
        isPluralForm(doc, subject.match) && colonAfter(doc, subject.match.span)
        ? { listing: true }
        : {}),
    ...(subject.restating ? { restating: true } : {}),
    ...(subject.beyond || joinedToItsForm(subject, forms) ? { joined: true } : {}),
    ...(opensOnCarry(doc, subject.span.start) ? { carried: true } : {}),
    // …a single form joined to the batch before it ("seven memoranda and an agreement"), not one told elsewhere.
    ...(subject.joinedTo && !isPluralForm(doc, subject.match) && ownSingular(doc, subject.match)
      ? { single: true }
      : {}),
    ...(subject.count !== undefined && addedInSentence(doc, subject.span.start) ? { added: true } : {}),
    ...(subject.count !== undefined && joinedToCount(doc, subject.match, forms) ? { joinedCount: true } : {}),
  };
}

/** Words at most between a count's form and the count of another form joined to it ("agreements and two"). */
const JOIN_WORDS = 4;
/** "And" between the two, a plain conjunction (Arabic writes "و" onto the next word: "وثلاث", "ومذكرتا"). */
const AND = /(?:^|\s)(?:(?:and|et|e|y|und|и)\s|و(?=\S))/u;

/**
 * Whether a count of another form is joined to a count's form by "and", after it or before it ("three agreements and
 * two memoranda", "ثلاثة اتفاقات للتعاون ومذكرتا تفاهم", "مذكرتي تفاهم وثلاث اتفاقيات"): a batch beside it, not one it
 * heads ("twelve agreements, of which two…").
 */
function joinedToCount(doc: MatchDoc, form: LexiconMatch<unknown>, forms: readonly LexiconMatch<Form>[]): boolean {
  const counted = (f: LexiconMatch<unknown>) => countOf(doc, f) !== undefined || arabicDual(doc, f);
  // The words between, with the form word after them when Arabic writes "و" onto it ("ومذكرتا").
  const joined = (from: number, to: LexiconMatch<unknown>) => {
    const between = `${doc.text.slice(from, to.span.start)}${to.span.text.startsWith("و") ? "و" : ""}`;
    if (/[,;:()،؛\n–—]/u.test(between) || between.trim().split(/\s+/u).length > JOIN_WORDS) return false;
    return AND.test(`${between} `.replace(/و $/u, "وX"));
  };
  const next = forms.find((f) => f.span.start >= form.span.end);
  const previous = forms.filter((f) => f.span.end <= form.span.start).at(-1);
  return (
    (!!next && counted(next) && joined(form.span.end, next)) ||
    (!!previous && counted(previous) && joined(previous.span.end, form))
  );
}

/** Whether a word of addition stands before a count in its sentence ("In addition, 15 documents were signed"). */
function addedInSentence(doc: MatchDoc, at: number): boolean {
  const sentence = sentenceAt(doc, at);
  return !!sentence && additionSpans(doc).some((a) => a.start >= sentence.start && a.end <= at);
}

/**
 * Where the count starts that a named single form stands beside (commitment-generic.ts `Beside`), joined right after
 * it with an article or "one" of its own ("three agreements and a memorandum on fisheries"): one instrument more, not
 * one of the count.
 */
export function besideCount(
  doc: MatchDoc,
  subject: Subject,
  mention: LexiconMatch<unknown>,
  era: string,
): number | undefined {
  // One told of another time stands beside every count of the day ("replaces a treaty signed in 2019"), unless an
  // inclusion phrase makes it one of a count ("six accords, dont le traité d'amitié de 1995").
  if (era) return includedBefore(doc, mention) ? undefined : OF_ANOTHER_TIME;
  const to = subject.joinedTo;
  if (!to || isPluralForm(doc, subject.match) || !ownSingular(doc, subject.match)) return undefined;
  // An item of the list a count heads ("The four memoranda signed are as follows: …; an agreement on fisheries"), or
  // the last part of its breakdown ("four agreements, including three on trade and a memorandum", "— on trade, on
  // roads, and a memorandum"), is one of its count.
  const between = doc.text.slice(to.end, subject.span.start);
  if (/[:;–—(]/u.test(between) || inclusionWithin(doc, to.end, subject.span.start)) return undefined;
  if (
    norm(between)
      .split(" ")
      .some((w) => numberIn(w, languageOf(doc)) !== undefined)
  )
    return undefined;
  return to.start;
}
