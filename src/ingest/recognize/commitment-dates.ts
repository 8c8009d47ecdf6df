/**
 * The dates of one commitment, read from its own clause: the signature date nearest the instrument with no other
 * instrument between them, a day written right by the signing word whatever its role ("el pasado lunes se firmó"),
 * "the day before" one day before the day the report has just named, and an older year that marks a background
 * instrument ("signed in 1993"), which never takes the report's date.
 */
import { laterStepDay } from "./date-later-step";
import { type MatchDoc, type Sentence, textBetween } from "../match/normalize";
import type { DateHit, Span } from "../types";
import {
  afterAnniversary,
  anniversaries,
  afterElapsed,
  elapsedWords,
  backgroundClauses,
  dayBeforeDates,
  earlierWords,
  noDayWords,
} from "./commitment-date-words";
import { distance } from "./commitment-standalone";
import { inSentence } from "./commitment-summary";
import { monthTimes } from "./date-month-time";
import { countedFromAnotherStep, isDayRange } from "./date-durations";
import { occasionDays, signingDayOf } from "./date-occasion";

/** A day this close (characters) to the signing word dates the signature, whatever the words around it say. */
const CUE_REACH = 40;
/** A vague earlier time this close (characters) after a signing word is its own ("signed last year"). */
const RIGHT_AFTER = 3;
/** A day this close (characters) after a step counted from ("Ten years after the signing on 3 May 2016") is that step's. */
const OWN_DAY_REACH = 16;
/** An older year this close (characters) to the instrument, or to its signing word, is the instrument's own. */
const OLD_YEAR_REACH = 80;
/** …and this close after its signing word, in that word's phrase. */
const PHRASE_REACH = 120;
/**
 * Words that put a year as a time ("in 1993", "en 1993", "в 1993 году", "في عام 1993"), or a part of one ("fin 2016",
 * "at the end of 2016", "a finales de 2016", "Ende 2016", "أواخر 2016"), or after a German article opening an attributive
 * participle ("das 2023 in Nairobi unterzeichnete Abkommen"), not a name ("the 2030 Agenda").
 */
const YEAR_AS_TIME =
  /(?:^|[\s(])(?:in|since|of|en|em|no|nel|nell'anno|del|de|im|jahr|das|die|der|dem|den|fin|finales|principios|début|debut|ende|anfang|mitte|в|во|году|عام|سنة|في|أواخر|اواخر|أوائل|اوائل|مطلع|نهاية|بداية)\s+(?:\p{L}+\s+){0,2}((?:18|19|20)\d\d)(?!\d)/giu;

/** What a commitment's clause says of its dates. */
export interface ClauseDates {
  signedOn?: string;
  effectiveOn?: string;
  /** An older year written as the instrument's time ("signed in 1993"): a background instrument. */
  oldYear?: number;
  /** A vague earlier time is the instrument's ("signed last month"): a background instrument, with no year. */
  earlier?: true;
  /** A time with no day is the instrument's ("signed in March", "this week"): the report tells no day of it. */
  noDay?: true;
}

/** Punctuation between a status word and a day that puts the day in another clause ("signed in Rabat, shown on Tuesday"). */
const CLAUSE_MARK = /[,;:()–—]/;

/** A date before an instrument counts this much farther than one after it ("the agreement X, signed on D"). */
const BEFORE_PENALTY = 20;

/** Whether one of `others` lies between two spans. */
export function separated(a: Span, b: Span, others: readonly Span[]): boolean {
  const lo = Math.min(a.end, b.end);
  const hi = Math.max(a.start, b.start);
  return others.some((o) => o.start >= lo && o.end <= hi);
}

/** How far a date is from an instrument, a date written before it counting farther. */
const reach = (date: Span, instrument: Span) =>
  distance(date, instrument) + (date.end <= instrument.start ? BEFORE_PENALTY : 0);

/** Whether a date is the instrument's own: no other instrument between them, none nearer it. */
function ownDate(date: Span, subject: Span, others: readonly Span[]): boolean {
  if (separated(date, subject, others)) return false;
  const mine = reach(date, subject);
  return !others.some((o) => reach(date, o) < mine);
}

const nearest = (dates: readonly DateHit[], to: Span) =>
  [...dates].sort((a, b) => distance(a.span ?? to, to) - distance(b.span ?? to, to))[0];

/**
 * Whether an older year opens the clause of a signing word and an instrument after it, with no punctuation but a comma
 * right after the year and no other date between ("hatte im November 2008 … A sowie B unterzeichnet", "In November 2008
 * the minister signed A as well as B"): the year governs every instrument of that signing, however long the list.
 */
function governsList(doc: MatchDoc, year: Span, subject: Span, cue: Span, dated: readonly Span[]): boolean {
  if (year.end > subject.start || year.end > cue.start) return false;
  const end = Math.max(subject.end, cue.end);
  if (/[,;:.!?()–—\n]/.test(doc.text.slice(year.end, end).replace(/^\s*,/, ""))) return false;
  return !dated.some((d) => d.start >= year.end && d.end <= end);
}

/** An older year written as a time right by the instrument or its signing word, with no other instrument between. */
function oldYearOf(
  doc: MatchDoc,
  sentence: Sentence,
  subject: Span,
  cue: Span | undefined,
  others: readonly Span[],
  refYear: number,
  dated: readonly Span[],
): number | undefined {
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(YEAR_AS_TIME)) {
    const year = Number(m[1]);
    if (year >= refYear) continue;
    const at = sentence.start + (m.index ?? 0) + m[0].length - 4;
    const span: Span = { start: at, end: at + 4, text: String(year) };
    const close = distance(span, subject) <= OLD_YEAR_REACH || (cue && distance(span, cue) <= CUE_REACH);
    // …or closing the phrase of its signing word, nothing but words between ("firmato fra i due Paesi nel vertice
    // intergovernativo di Roma nel 2009").
    const inPhrase =
      cue &&
      span.start >= cue.end &&
      span.start - cue.end <= PHRASE_REACH &&
      !/[,;:.!?()–—\n]/.test(doc.text.slice(cue.end, span.start));
    if ((close || inPhrase) && !separated(span, subject, others)) return year;
    if (cue && governsList(doc, span, subject, cue, dated)) return year;
  }
  return undefined;
}

/** The status word a commitment was read from, when it is a signature's or an entry into force's. */
export interface StepCue {
  span: Span;
  step: "signing" | "entry-into-force";
}

/**
 * The dates of the commitment `subject` from the dates of its sentence: a date of its own clause (no other
 * instrument between or nearer) with the step's role, else a day right by its status word `cue` ("trat am 19. März
 * in Kraft", "el pasado lunes se firmó"), else a signature date written before the instrument (a list after
 * "signed on 3 May:"). `refYear` is the report's year and `earlier` the report's vague earlier times ("last
 * month"), for background instruments; `undated` its times with no day ("in March", "this week").
 */
export function clauseDatesOf(
  doc: MatchDoc,
  sentence: Sentence,
  subject: Span,
  cue: StepCue | undefined,
  others: readonly Span[],
  dates: readonly DateHit[],
  refYear: number | undefined,
  earlier: readonly Span[] = [],
  undated: readonly Span[] = [],
): ClauseDates {
  // The day the report was told ("…, the ministry said on Tuesday") is no day of the instrument's.
  const here = dates.filter((d) => d.span && !d.toldOn && inSentence(sentence, d.span));
  // "approved on Tuesday the agreement signed on 26 September 2024": a later step's day is no signature's.
  const stepDays = new Set(here.filter((d) => d.role !== "entry-into-force" && d.span && laterStepDay(doc, d.span)));
  const own = (d: DateHit) => !!d.span && ownDate(d.span, subject, others);
  const byCue = (step: StepCue["step"], afterOnly = false) => {
    if (cue?.step !== step) return undefined;
    // German puts "in Kraft" last: its finite verb, second in the clause ("Am 1. März trat das Abkommen zwischen X
    // und Y in Kraft"), stands for it.
    const anchor = (step === "entry-into-force" && finiteEnterBefore(doc, sentence, cue.span)) || cue.span;
    const other = step === "signing" ? "entry-into-force" : "signing";
    const near = here.filter(
      (d) =>
        d.role !== other &&
        !(step === "signing" && stepDays.has(d)) &&
        d.span &&
        distance(d.span, anchor) <= CUE_REACH &&
        !CLAUSE_MARK.test(textBetween(doc, d.span, anchor)) &&
        own(d) &&
        !(afterOnly && d.span.end <= cue.span.start) &&
        !separated(d.span, anchor, others),
    );
    // "said on Monday that the agreement concluded between X and Y on 12 March": the day after the word is its
    // phrase's; one before it counts BEFORE_PENALTY farther.
    const weighed = (d: DateHit) =>
      distance(d.span ?? anchor, anchor) + ((d.span?.end ?? 0) <= anchor.start ? BEFORE_PENALTY : 0);
    return [...near].sort((a, b) => weighed(a) - weighed(b))[0];
  };
  // A vague time ("last week", "in March") by the instrument or its signing word is the signing's time: a day in
  // another clause ("…, the ministry said on Monday") is not, only one right by the signing word.
  // …or one in the signing word's own clause, however the verb's object runs on ("Im November hatten die beiden
  // Staaten einen Vertrag abgeschlossen, der … ohne Visum …": German puts the verb last).
  const governs = (w: Span) =>
    inSentence(sentence, w) &&
    ownDate(w, subject, others) &&
    (distance(w, subject) <= OLD_YEAR_REACH ||
      (cue !== undefined &&
        (distance(w, cue.span) <= CUE_REACH ||
          (distance(w, cue.span) <= PHRASE_REACH && !CLAUSE_MARK.test(textBetween(doc, w, cue.span))))));
  const vague = earlier.some(governs);
  const noDay = undated.some(governs);
  const signing = here.filter((d) => d.role === "signing" && !stepDays.has(d));
  const signed =
    vague || noDay
      ? // "…held talks on Tuesday on the agreement signed last year": a day before the signing word is another's.
        byCue("signing", !!cue && earlier.some((w) => w.start >= cue.span.end && w.start - cue.span.end <= RIGHT_AFTER))
      : (nearest(signing.filter(own), subject) ??
        byCue("signing") ??
        signing.find((d) => d.span && d.span.end <= subject.start));
  const inForce = here.filter((d) => d.role === "entry-into-force");
  const effective = nearest(inForce.filter(own), subject) ?? byCue("entry-into-force") ?? inForce[0];
  const out: ClauseDates = {};
  const spans = here.flatMap((d) => (d.span ? [d.span] : []));
  const oldYear = refYear ? oldYearOf(doc, sentence, subject, cue?.span, others, refYear, spans) : undefined;
  if (oldYear) out.oldYear = oldYear;
  // An instrument of an older year takes only a signature date of that year, never one of another clause.
  if (signed && (!oldYear || signed.date.startsWith(String(oldYear)))) out.signedOn = signed.date;
  if (effective) out.effectiveOn = effective.date;
  if (vague) out.earlier = true;
  if (noDay && !out.signedOn) out.noDay = true;
  return out;
}

/** A German finite verb of entering ("trat", "tritt") that "in Kraft" at its clause's end goes with. */
const GERMAN_ENTER = /(?:^|\s)(?:trat|tritt|traten|treten)(?=\s)/gu;

/** The span of the last such verb of the sentence before "in Kraft", when one stands there. */
function finiteEnterBefore(doc: MatchDoc, sentence: Sentence, cue: Span): Span | undefined {
  if (!/^in Kraft/iu.test(cue.text ?? doc.text.slice(cue.start, cue.end))) return undefined;
  const before = doc.text.slice(sentence.start, cue.start);
  const last = [...before.matchAll(GERMAN_ENTER)].at(-1);
  if (!last) return undefined;
  const start = sentence.start + last.index + last[0].length - last[0].trimStart().length;
  return { start, end: start + last[0].trim().length, text: last[0].trim() };
}

/** What a commitment was read from: its status and the status word, if any. */
interface Reading {
  status: string;
  cue?: { span: Span };
}

/** A commitment's dates, and whether its clause puts it before the report (an older year, "last month", an anniversary). */
export interface CommitmentDates extends ClauseDates {
  past: boolean;
  /** Told in an undated "when" clause that times another happening: background, no commitment of the report. */
  background?: true;
  /** Undated in its clause: the day of the occasion its sentence names ("at the summit"), dated elsewhere. */
  heldOn?: string;
}

/**
 * How a report dates its commitments: its dates with its "day before"s, its anniversaries and vague earlier times,
 * and its year. `of` dates one commitment from its clause; `era` keys it apart when its clause puts it before the
 * report (an instrument of another year is another instrument, even of the same track and form as the report's own).
 */
export function datingOf(doc: MatchDoc, dates: readonly DateHit[], publishedOn?: string, eventDate?: DateHit) {
  const refYear = Number((publishedOn ?? eventDate?.date ?? "").slice(0, 4)) || undefined;
  const all = [...dates, ...dayBeforeDates(doc, dates, eventDate?.date ?? publishedOn)].filter(
    (d) => !countedFromAnotherStep(doc, d.span) && !isDayRange(d),
  );
  const anniversaryWords = anniversaries(doc);
  // Time gone by since a step ("Ten years after the signing of") puts it in the past as an anniversary does.
  const elapsed = elapsedWords(doc);
  const since = (cue: Span) => afterElapsed(doc, elapsed, cue);
  // …which keeps only a day told right after its step's word ("Since the signing on Tuesday of the agreement").
  const ownDay = (d: DateHit, cueEnd: number) =>
    !!d.span &&
    d.span.start >= cueEnd &&
    d.span.start - cueEnd <= OWN_DAY_REACH &&
    !/[,;:.]/u.test(doc.text.slice(cueEnd, d.span.start));
  const earlier = earlierWords(doc);
  const undated = [...monthTimes(doc.text), ...noDayWords(doc)];
  const isPast = (cue: Span) => afterAnniversary(doc, anniversaryWords, cue) || since(cue);
  // Occasions over days count too ("the summit, held on 4–5 December"): a signing at their close takes the last.
  const occasions = occasionDays(
    doc,
    dates.filter((d) => !countedFromAnotherStep(doc, d.span)),
    eventDate?.date ?? publishedOn,
  );
  const signingDay = signingDayOf(doc, all, eventDate?.date ?? publishedOn);
  const inBackground = backgroundClauses(
    doc,
    dates.flatMap((d) => (d.span ? [d.span] : [])),
  );
  return {
    isPast,
    /** The day of the report's happening, which dates an instrument signed there (a range of days: its first). */
    eventDay: eventDate ? eventDate.date : undefined,
    of(sentence: Sentence, subject: Span, found: Reading, instruments: readonly Span[]): CommitmentDates {
      // A day right by a signing word dates the signature, one by "in force" the entry into force.
      const step = found.status === "signed" ? "signing" : found.status.endsWith("in_force") ? "entry-into-force" : "";
      const cue: StepCue | undefined = found.cue && step ? { span: found.cue.span, step } : undefined;
      // An anniversary's signing ("marked on Tuesday the anniversary of the signing of") is dated only after it.
      const anniversary = found.cue ? isPast(found.cue.span) : false;
      const cueEnd = found.cue?.span.end ?? 0;
      // …and one told as time gone by has none the sentence gives ("Ten years after the signing of…, they met on Monday").
      const own =
        found.cue && since(found.cue.span)
          ? all.filter((d) => ownDay(d, cueEnd))
          : anniversary
            ? all.filter((d) => (d.span?.start ?? 0) >= cueEnd)
            : all;
      const clause = clauseDatesOf(doc, sentence, subject, cue, instruments, own, refYear, earlier, undated);
      const background = found.cue !== undefined && inBackground(found.cue.span);
      const past = clause.oldYear !== undefined || clause.earlier === true || anniversary || background;
      // The day of the signing ceremony the report describes: the occasion its sentence names, else its one signing day.
      const heldOn = clause.signedOn || past || clause.noDay ? undefined : (occasions.dayOf(sentence) ?? signingDay);
      return { ...clause, past, ...(background ? { background } : {}), ...(heldOn ? { heldOn } : {}) };
    },
    // Only a clause that puts the instrument before the report keys it apart: a date alone does not, for a report
    // restating one instrument names its date once and may not the next time.
    era(dated: CommitmentDates, signedOn: string | undefined): string {
      return dated.past ? String(dated.oldYear ?? signedOn?.slice(0, 4) ?? "past") : "";
    },
  };
}
