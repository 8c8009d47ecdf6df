/**
 * Readings of an instrument that carry no news of it, and the day its signature takes when its clause gives none.
 * Split from commitments.ts: each check looks at one subject's reading only.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CommitmentStatus, Span } from "../types";
import type { Modality } from "./commitment-cues";
import { countOf } from "./commitment-plural";
import { distance } from "./commitment-standalone";
import { standsInForce } from "./commitment-tallies";
import { daysBetween } from "./dates";

/** An entry-into-force phrase this close after an unnamed instrument describes it ("agreements in force"). */
const ATTRIBUTIVE_GAP = 2;
/** An in-force cue told by a verb of entering ("entered into force", "est entré en vigueur", "in Kraft getreten"). */
const ENTERS = /(?:enter|entr[ée]|entra|entro|entrou|trat|tritt|treten|вступ|دخل)/iu;

interface Reading {
  status: string;
  cue?: { span: Span };
  sure: boolean;
  after: boolean;
}

/**
 * Whether a subject's reading tells nothing new of it: an unnamed instrument described as in force in passing
 * ("addenda to the agreements in force"; not one whose verb tells it entering into force, "The agreement entered
 * into force today"), a count of instruments in force ("têm em vigor 20 acordos": the relationship's stock), or a
 * remark on a topic ("stressed the importance of coordination").
 */
export function toldInPassing(
  doc: MatchDoc,
  subject: { span: Span; generic?: unknown },
  found: Reading,
  plural: LexiconMatch<unknown>,
  modality: readonly LexiconMatch<Modality>[],
): boolean {
  const cue = found.cue;
  if (subject.generic && found.status === "in_force" && found.after && cue && !ENTERS.test(cue.span.text))
    if (distance(cue.span, subject.span) <= ATTRIBUTIVE_GAP) return true;
  if (found.status === "in_force" && cue && countOf(doc, plural) !== undefined && standsInForce(doc, cue)) return true;
  return !found.sure && isRemark(doc, cue?.span ?? subject.span, modality);
}

/** What a subject's clause and the report tell of its signature's day. */
export interface SignatureClause {
  /** The day its clause gives the signature. */
  signedOn?: string | undefined;
  effectiveOn?: string | undefined;
  /** The status its cue tells, before the lifecycle step. */
  told: string;
  ratifiedToo?: boolean | undefined;
  isInstrument: boolean;
  clause: { past: boolean; noDay?: true; heldOn?: string };
  eventDay?: string | undefined;
  reportDay?: string | undefined;
}

/**
 * The signature's day of an instrument, and its status once that day is known; undefined when the reading is of
 * no commitment (a step other than signing dated after the report).
 */
export function signatureOf(
  status: CommitmentStatus,
  s: SignatureClause,
): { status: CommitmentStatus; signed?: string | undefined } | undefined {
  let signed = status === "signed" || status === "ratified" || status === "in_force" ? s.signedOn : undefined;
  // An instrument signed at the happening reported (the joint statement of a visit) is dated by it.
  // …unless its clause puts it in an earlier year ("signed in 1993", an anniversary's): a background instrument
  // keeps no date then.
  // (Only a signature the report tells: one implied by an entry into force has a date of its own, unknown here.)
  // …or by the occasion its sentence names ("at the summit"), when the report dates that occasion elsewhere.
  // …nor one the report tells in force since a day of its own ("Desde este lunes rige el acuerdo … firmado entre…"):
  // the day reported is the entry's.
  const entryDay = status === "in_force" && !!s.effectiveOn;
  if (
    !signed &&
    s.told === "signed" &&
    !s.ratifiedToo &&
    s.isInstrument &&
    !s.clause.past &&
    !s.clause.noDay &&
    !entryDay
  )
    signed = s.clause.heldOn ?? s.eventDay;
  // A signature dated after the report is one still to come: planned, whatever the verb's tense. Without a
  // publication date, the report's day is its dateline's or lead's ("acolhe amanhã a assinatura" under the 14th).
  if (signed && s.reportDay && daysBetween(s.reportDay, signed) > 0) {
    if (status !== "signed") return undefined;
    return { status: "proposed" };
  }
  return { status, signed };
}

/** Whether a remark word ("stressed the importance of") comes before `at` in its sentence. */
export function isRemark(doc: MatchDoc, at: Span, modality: readonly LexiconMatch<Modality>[]) {
  const s = sentenceAt(doc, at.start);
  return modality.some((m) => m.data === "remark" && s && m.span.start >= s.start && m.span.end <= at.start);
}
