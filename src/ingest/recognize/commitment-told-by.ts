/**
 * Which status words tell an instrument's step as it is named in passing: a ratification right before it or closing its
 * clause ("a ratifié le 20 octobre l'accord", "das Abkommen … ratifiziert"), a signing word whose first object it is
 * ("signed an agreement on visas, and the deal will take effect"), and a ratification told right after its signature
 * ("Le traité, signé par les présidents et ratifié par les parlements").
 */
import { RATIFICATION_NOUN } from "./commitment-signing-noun";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { type Cue, formMatches } from "./commitment-cues";

/** How far from an instrument a ratification of it may come (characters): "a ratifié le 20 octobre l'accord". */
const RATIFIED_REACH = 60;

/** Clause marks: a status word after an instrument across one is another clause's. */
const CLAUSE_MARKS = /[,;:.!?؛،]/;

/**
 * Whether a status word comes shortly before an instrument, in its clause when `inClause` ("signed an agreement on
 * visas, and…"), or, when `after`, after it in its clause where the verb closes it.
 */
function toldBy(
  doc: MatchDoc,
  cues: readonly LexiconMatch<Cue>[],
  instrument: { start: number; end: number },
  status: Cue,
  { after = false, inClause = false } = {},
): boolean {
  return cues.some((c) => {
    if (c.data !== status) return false;
    if (c.span.end <= instrument.start)
      return (
        instrument.start - c.span.end <= RATIFIED_REACH &&
        !(inClause && CLAUSE_MARKS.test(doc.text.slice(c.span.end, instrument.start)))
      );
    return (
      after &&
      c.span.start >= instrument.end &&
      c.span.start - instrument.end <= RATIFIED_REACH &&
      !CLAUSE_MARKS.test(doc.text.slice(instrument.end, c.span.start))
    );
  });
}

/**
 * Whether a ratification word comes shortly before the instrument (a parliament ratified it), or after it in its
 * clause where the verb closes it ("hatte im Mai das Abkommen zur Vermeidung der Doppelbesteuerung ratifiziert;").
 */
export function ratifiedBy(
  doc: MatchDoc,
  cues: readonly LexiconMatch<Cue>[],
  instrument: { start: number; end: number },
): boolean {
  return toldBy(doc, cues, instrument, "ratified", { after: true });
}

/**
 * Whether a signing word stands right before an instrument, in its clause ("signed an agreement on visas, and the deal
 * will take effect from March 1"): the instrument is signed whatever the day it takes effect.
 */
export function signedBefore(
  doc: MatchDoc,
  cues: readonly LexiconMatch<Cue>[],
  instrument: { start: number; end: number },
): boolean {
  // …as the verb's first object: only articles between ("signed an agreement", "put their signatures to an
  // agreement"), not another object first ("signed the guest book and said the agreement…").
  const articlesOnly = (from: number, to: number) =>
    norm(doc.text.slice(from, to))
      .split(" ")
      .filter(Boolean)
      .every((w) => FIRST_OBJECT_GAP.has(w));
  // The instrument's form word ("an agreement on mutual visa exemption") may come first: it is the object then.
  const forms = formMatches(doc).filter(
    (f) => f.span.start <= instrument.start + 1 && !CLAUSE_MARKS.test(doc.text.slice(f.span.end, instrument.start)),
  );
  const first = cues.filter(
    (c) =>
      c.span.end <= instrument.start &&
      (articlesOnly(c.span.end, instrument.start) ||
        forms.some((f) => f.span.start >= c.span.end && articlesOnly(c.span.end, f.span.start))),
  );
  return toldBy(doc, first, instrument, "signed", { inClause: true });
}

/** Words between a signing word and its first object: articles, and the preposition of 'put their signatures to'. */
const FIRST_OBJECT_GAP = new Set(
  "a an the to un une le la les l un una el los las lo o os as um uma uns umas ein eine einen einem das den die der dem il gli i".split(
    " ",
  ),
);

/** A ratification told this close after the signature of one instrument (characters) is of that instrument. */
const RATIFIED_AFTER_REACH = 80;

/**
 * Whether a signature told after its instrument goes on to its ratification ("Le traité, signé par les présidents
 * et ratifié par les parlements, …", "Договор, подписанный президентами, ратифицированный парламентами"): one
 * instrument told at its later step, in passing, with nothing but a comma or a conjunction between the two words.
 */
export function ratifiedAfter(
  doc: MatchDoc,
  cues: readonly LexiconMatch<Cue>[],
  signed: { start: number; end: number },
): boolean {
  return cues.some(
    (c) =>
      c.data === "ratified" &&
      !RATIFICATION_NOUN.test(c.span.text) &&
      c.span.start >= signed.end &&
      c.span.start - signed.end <= RATIFIED_AFTER_REACH &&
      !/[;:.!?؛]/.test(doc.text.slice(signed.end, c.span.start)),
  );
}
