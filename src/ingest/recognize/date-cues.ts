/**
 * The words around a date that say what it is: a direction word ("3 décembre dernier", "vendredi prochain",
 * "المقبل") and a future verb before it ("will visit Cairo on Friday"); role words are in date-roles.ts. The words are
 * ours (seed/lexicons/dates.json).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { daysBetween, type Direction, type Found } from "./calendar";
import { FRENCH_FUTURE_SINGULAR, futureTenses, presentSigningBy } from "./commitment-future";

type ByLang = Readonly<Record<string, readonly string[]>>;
/** A direction word's span in the text. */
export type CueSpan = { start: number; end: number; data: "past" | "future" };
interface DatesData {
  past: ByLang;
  future: ByLang;
  futureVerbs: ByLang;
  futureVerbsUninflected: ByLang;
}
// The JSON is ours (seed/lexicons).
const DATA = datesData as unknown as DatesData;

/** How far (characters) a future verb may be before the date it puts in the future ("will visit Cairo on Friday"). */
const FUTURE_REACH = 50;
/**
 * A bare weekday is the coming one farther after a future verb, in its clause ("will host a dinner in honour of the
 * visiting minister on Saturday evening", "is likely to be held at 8:30am at a city hotel on Sunday").
 */
export const FUTURE_WEEKDAY_REACH = 100;
/** A clock time ("8:30am", "19:00") is no clause break. */
const CLOCK = /\d[:.]\d/g;

let futureLex: Lexicon<true> | undefined;
let cueLex: Lexicon<"past" | "future"> | undefined;
function cues() {
  cueLex ??= new Lexicon([...entriesOf(DATA.past, "past" as const), ...entriesOf(DATA.future, "future" as const)]);
  return cueLex;
}
function futureVerbs() {
  futureLex ??= new Lexicon(entriesOf(DATA.futureVerbs, true as const));
  return futureLex;
}

const spansOf = <T>(doc: MatchDoc, lex: Lexicon<T>) =>
  lex.match(doc).map((m) => ({ start: m.span.start, end: m.span.end, data: m.data }));

/** The direction words of a text. */
export function cueSpans(doc: MatchDoc): CueSpan[] {
  return spansOf(doc, cues());
}

const UNINFLECTED = new Set(
  Object.entries(DATA.futureVerbsUninflected)
    .filter(([lang]) => !lang.startsWith("$"))
    .flatMap(([, words]) => words),
);

const verbCache = new WeakMap<MatchDoc, readonly { start: number; end: number }[]>();
/**
 * The future verbs of a text ("will", "sera", "посетит"…); a finite form taken as such ("reist", not "reiste"); and
 * any verb in a Romance simple future ("se celebrará", "decorrerá", "si svolgeranno": commitment-future.ts). Read
 * once per text.
 */
export function futureVerbSpans(doc: MatchDoc): readonly { start: number; end: number }[] {
  let verbs = verbCache.get(doc);
  if (!verbs) {
    verbs = [
      ...futureVerbs()
        .match(doc)
        .filter((m) => !UNINFLECTED.has(m.pattern) || m.span.text.toLowerCase() === m.pattern),
      ...futureTenses(doc),
    ]
      .map((m) => ({ start: m.span.start, end: m.span.end }))
      .sort((a, b) => a.start - b.start);
    verbCache.set(doc, verbs);
  }
  return verbs;
}

/** The direction word right after, right before or inside a date: "3 décembre dernier", "last Friday". */
export function directionAt(doc: MatchDoc, cueSpans: CueSpan[], start: number, end: number): Direction {
  for (const c of cueSpans) {
    const after = c.start >= end && /^\s{1,3}$/.test(doc.text.slice(end, c.start));
    const before = c.end <= start && /^\s{1,3}$/.test(doc.text.slice(c.end, start));
    const inside = c.start >= start && c.end <= end;
    if (after || before || inside) return c.data;
  }
  return undefined;
}

/** Whether a future verb of the text comes shortly before `start`, in the same clause ("will meet … in Tokyo"). */
export function followsFutureVerb(doc: MatchDoc, start: number): boolean {
  return afterFutureVerb(doc, futureVerbSpans(doc), start);
}

/** Words a weekday opening its clause may have before it (a preposition, an article: "On", "El", "Na", "В"). */
const OPENING_WORDS = 2;
/** Words a future verb may stand after a weekday that opens its clause ("On Monday a ministerial meeting will…"). */
const WORDS_TO_VERB = 12;
const CLAUSE_BREAK = /[.!?;:,،؛–—\n]/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK, "g");

/**
 * Whether a weekday opens its clause and a future verb follows it closely in that clause ("Lunedì si terrà una
 * riunione", "El lunes se celebrará", "On Monday a ministerial meeting will be held"), or a Russian future follows it
 * right away wherever it stands ("…в четверг подпишут"): the coming one.
 */
export function opensFutureClause(
  doc: MatchDoc,
  verbs: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  // A Russian future right after it, wherever the weekday stands in its clause ("…по итогам переговоров в четверг
  // подпишут"): the coming one. Russian sets a participle's phrase apart with commas ("подписанное в пятницу,"), so
  // the verb is the weekday's own; elsewhere "the agreement signed on Friday will open…" dates the signing.
  if (
    verbs.some(
      (v) => v.start >= end && CYRILLIC.test(doc.text.slice(v.start, v.end)) && nextTo(doc.text.slice(end, v.start)),
    )
  )
    return true;
  const sentence = sentenceAt(doc, start);
  const before = doc.text.slice(sentence?.start ?? 0, start);
  const opened = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_BREAKS)].map((m) => m.index + 1)));
  if (opened.split(/\s+/).filter(Boolean).length > OPENING_WORDS) return false;
  // "Vendredi, le président participera…": the comma after a fronted weekday ends no clause.
  const after = doc.text.slice(end);
  const comma = /^\s*,/.test(after) ? after.indexOf(",") + 1 : 0;
  // …unless a subordinate clause opens between them ("On Monday the minister said that they will sign"): the future
  // verb is the said thing's, and the weekday the saying's.
  const within = (from: number) => {
    const between = doc.text.slice(end + comma, from);
    return (
      !CLAUSE_BREAK.test(between) &&
      !SUBORDINATE.test(between) &&
      between.split(/\s+/).filter(Boolean).length <= WORDS_TO_VERB
    );
  };
  if (verbs.some((v) => v.start >= end + comma && within(v.start))) return true;
  // A French weekday before a verb in the simple future singular ("Vendredi, il participera"), unaccented.
  if (!FRENCH_WEEKDAY.test(doc.text.slice(start, end))) return false;
  const words = [...after.slice(comma).matchAll(/\p{L}+/gu)].slice(0, WORDS_TO_VERB + 1);
  return words.some((w) => FRENCH_FUTURE_SINGULAR.test(w[0]) && within(end + comma + w.index));
}

/** Words that open a subordinate clause (that, que, che, dass, что, أن). */
const SUBORDINATE = /(?:^|\s)(?:that|que|qu'|che|dass|что|чтобы|أن|بأن)(?=\s|$)/iu;

/** A word in Cyrillic script: a Russian verb. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words at most between a weekday and a future verb it stands right before, wherever in its clause. */
const RIGHT_BEFORE = 1;
/** Whether the text between a weekday and a verb is at most RIGHT_BEFORE words of one clause. */
const nextTo = (between: string) =>
  !CLAUSE_BREAK.test(between) && between.split(/\s+/).filter(Boolean).length <= RIGHT_BEFORE;

/** French weekday names: a verb in the French simple future singular after one is read as a future. */
const FRENCH_WEEKDAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu;

/** Whether a future verb comes shortly before [start, end) in the same clause ("will visit Cairo on Friday"). */
export function afterFutureVerb(
  doc: MatchDoc,
  verbs: readonly { start: number; end: number }[],
  start: number,
  reach = FUTURE_REACH,
): boolean {
  return verbs.some(
    (v) =>
      v.end <= start &&
      start - v.end <= reach &&
      // Farther for a bare weekday, whose clause may give the hour ("at 8:30am … on Sunday").
      !CLAUSE_BREAK.test(
        reach === FUTURE_REACH ? doc.text.slice(v.end, start) : doc.text.slice(v.end, start).replace(CLOCK, "0 0"),
      ),
  );
}

/** A bare weekday this many days or more before the report's day is nearer ahead than back. */
const NEARER_AHEAD = 4;

/**
 * Whether a bare weekday that a signing verb in the present dates is the coming one: it lies nearer ahead of the
 * report's day than back ("assinam esta sexta-feira" in a report of Tuesday: the signing is three days ahead, not
 * four days past). A report tells a signing just past in the present ("firman este lunes" on Tuesday), not one of
 * last week.
 */
export function presentSigningAhead(
  doc: MatchDoc,
  f: Pick<Found, "start" | "end" | "date">,
  ref: string | undefined,
): boolean {
  if (!ref || daysBetween(f.date, ref) < NEARER_AHEAD) return false;
  return presentSigningBy(doc.text, f.start, f.end);
}
