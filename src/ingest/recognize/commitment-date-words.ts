/**
 * The words that date a commitment relative to something else: "the day before" (one day before the day the report
 * has just named), anniversaries (a signing they mark is a past one) and vague earlier times ("last month").
 */
import { onsetAt, onsetSpans } from "./date-onset";
import data from "../../../seed/lexicons/commitment-dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { DateHit, Span } from "../types";
import { dayOf, daysBetween, fromDay } from "./calendar";
import { withoutComment } from "./commitment-cues";
import { SIGNING_NOUN } from "./commitment-signing-noun";

/** How far (days) from the report's own day the day that "the day before" counts from may be. */
const RECENT_DAYS = 31;
/** How far back (characters) the day that "the day before" counts from may be named. */
const BASE_REACH = 600;
/** Words after "the day before" that make it the eve of something else ("la veille du sommet", "am Vortag des Besuchs"). */
const COMPLEMENT =
  /^\s*(?:of|the|de|du|des|d['’]|di|del|della|dello|delle|degli|dei|dell['’]|a|al|à|au|aux|da|do|dos|das|von|vom|der|zum|zur|من|ل)(?:\s|$)/iu;

/** How far (characters) before a status word an anniversary word makes it a past one. */
const ANNIVERSARY_REACH = 40;

// The JSON is ours (seed/lexicons).
const WORDS = data as unknown as Record<
  "dayBefore" | "anniversary" | "elapsed" | "earlier" | "whenClause" | "witnessing" | "noDay",
  Record<string, string[]>
>;
let dayBeforeLex: Lexicon<true> | undefined;
let anniversaryLex: Lexicon<true> | undefined;
let earlierLex: Lexicon<true> | undefined;
let whenLex: Lexicon<true> | undefined;
let witnessLex: Lexicon<true> | undefined;
/** Words at most between a verb of presiding and the when clause it attends ("presidieron el acto en La Moneda cuando"). */
const WITNESS_GAP = 6;
function dayBeforeWords(): Lexicon<true> {
  dayBeforeLex ??= new Lexicon(entriesOf(WORDS.dayBefore, true as const));
  return dayBeforeLex;
}

/** The anniversary words of a report ("the 50th anniversary", "годовщина", "الذكرى"). */
export function anniversaries(doc: MatchDoc): Span[] {
  anniversaryLex ??= new Lexicon(entriesOf(WORDS.anniversary, true as const));
  return anniversaryLex.match(doc).map((m) => m.span);
}

let elapsedLex: Lexicon<true> | undefined;
/** The words of a report that tell time gone by since a step ("Ten years after", "Dix ans après", "Спустя … после"). */
export function elapsedWords(doc: MatchDoc): Span[] {
  elapsedLex ??= new Lexicon(entriesOf(withoutComment(WORDS.elapsed), true as const));
  return elapsedLex.match(doc).map((m) => m.span);
}

/** The words of a report that put a happening at a vague earlier time ("last month", "récemment", "недавно"). */
export function earlierWords(doc: MatchDoc): Span[] {
  earlierLex ??= new Lexicon(entriesOf(WORDS.earlier, true as const));
  return earlierLex.match(doc).map((m) => m.span);
}

let noDayLex: Lexicon<true> | undefined;
/** The words of a report that time a happening in its own days without a day ("this week", "на этой неделе"). */
export function noDayWords(doc: MatchDoc): Span[] {
  noDayLex ??= new Lexicon(entriesOf(WORDS.noDay, true as const));
  return noDayLex.match(doc).map((m) => m.span);
}

/**
 * Whether an anniversary word stands right before a status word, in its clause ("will mark the 50th anniversary
 * of the signing of the treaty"): that signing is a past one, older than the report, whatever the tense around it.
 */
export function afterAnniversary(doc: MatchDoc, words: readonly Span[], cue: Span): boolean {
  return words.some(
    (w) =>
      w.end <= cue.start &&
      cue.start - w.end <= ANNIVERSARY_REACH &&
      !/[.;:!?\n]/.test(doc.text.slice(w.end, cue.start)),
  );
}

/**
 * Whether a word of time gone by stands right before a status word ("Ten years after the signing of", "Dix ans après
 * la signature de").
 */
export function afterElapsed(doc: MatchDoc, words: readonly Span[], cue: Span): boolean {
  return words.some((w) => {
    if (w.end > cue.start) return false;
    // Only an article or "of" between ("years after the signing of", "Jahre nach der Unterzeichnung"): "Ten years
    // after independence, Morocco and Senegal signed…" tells another time.
    const between = doc.text
      .slice(w.end, cue.start)
      .toLowerCase()
      .split(/[\s'’]+/u)
      .filter(Boolean);
    return between.length <= 2 && between.every((x) => ELAPSED_LINKS.has(x));
  });
}

/** Words that may stand between a word of time gone by and the step it counts from. */
const ELAPSED_LINKS = new Set(
  "the of its their la le l de d des del della dalla dall da do dos das der die dem den sua sa son leur".split(" "),
);

/**
 * "The day before" in a report, each dated one day before the nearest day named before it (else the report's
 * event date, else its publication). One followed by a complement ("the day before the summit") is left out.
 */
export function dayBeforeDates(doc: MatchDoc, dates: readonly DateHit[], fallback: string | undefined): DateHit[] {
  const out: DateHit[] = [];
  // The day counted from is one of the report's own days: a background date ("the treaty of 12 June 1990") is not.
  const recent = (d: DateHit) => !fallback || Math.abs(daysBetween(d.date, fallback)) <= RECENT_DAYS;
  const onsets = onsetSpans(doc);
  for (const m of dayBeforeWords().match(doc)) {
    if (COMPLEMENT.test(doc.text.slice(m.span.end, m.span.end + 12))) continue;
    // "who arrived the day before", "прибывший накануне": the day of an arrival, not of a happening of its own.
    const onset = onsetAt(doc, onsets, m.span.start, m.span.end);
    if (onset === "arrival" || onset === "aside") continue;
    const base =
      dates
        .filter((d) => d.span && !d.future && d.role !== "entry-into-force" && d.span.end <= m.span.start)
        .filter((d) => m.span.start - (d.span?.end ?? 0) <= BASE_REACH && recent(d))
        .at(-1)?.date ?? fallback;
    if (!base) continue;
    out.push({ date: fromDay(dayOf(base) - 1), evidence: "weekday", role: "signing", span: m.span });
  }
  return out;
}

/** How far (characters) after a "when" word a signing word is still in its clause. */
const WHEN_REACH = 80;

/**
 * The signing words of a report told inside a "when" clause that a main clause comes before, in a sentence that
 * names no date nor year ("The two countries first discussed the hub when their ministers signed a joint statement."): a
 * background that times the main clause, not the report's happening. `dated` are the report's date spans.
 */
export function backgroundClauses(doc: MatchDoc, dated: readonly Span[]): (cue: Span) => boolean {
  whenLex ??= new Lexicon(entriesOf(WORDS.whenClause, true as const));
  witnessLex ??= new Lexicon(entriesOf(WORDS.witnessing, true as const));
  const witnessing = witnessLex.match(doc);
  const earlier = earlierWords(doc);
  const opens = whenLex.match(doc).filter((m) => {
    const s = sentenceAt(doc, m.span.start);
    // A date or a year in the sentence dates the clause ("ocorreu em Lisboa, em 2023, quando foram firmados…").
    if (!s || dated.some((d) => d.start >= s.start && d.end <= s.end)) return false;
    if (/(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(doc.text.slice(s.start, s.end))) return false;
    const before = doc.text.slice(s.start, m.span.start);
    // German "als" is also "as" and "than": only ", als" opens a clause.
    if (/^als$/i.test(m.span.text) && !/,\s*$/.test(before)) return false;
    // The main clause attends the signing the clause tells ("the leaders presided when 14 agreements were signed"),
    // a few words at most between and no time of their own ("were present at the talks in his youth, when…").
    const attends = (w: { span: Span }) => {
      if (w.span.start < s.start || w.span.end > m.span.start) return false;
      const gap = doc.text.slice(w.span.end, m.span.start);
      return (
        gap.split(/\s+/u).filter(Boolean).length <= WITNESS_GAP &&
        !/\d/u.test(gap) &&
        !earlier.some((e) => e.start >= w.span.end && e.end <= m.span.start)
      );
    };
    if (witnessing.some(attends)) return false;
    return /\p{L}+\s+\p{L}+/u.test(before);
  });
  return (cue) =>
    opens.some(
      (w) =>
        w.span.end <= cue.start &&
        cue.start - w.span.end <= WHEN_REACH &&
        !/[.;:!?\n()]/.test(doc.text.slice(w.span.end, cue.start)),
    );
}

/** An instrument told as not in force or not ratified yet, in the eight languages. */
const NOT_IN_FORCE =
  /yet to be ratified|not (?:yet )?(?:been )?ratified|never (?:entered|came) into force|not (?:yet )?in force|pas (?:encore )?(?:été )?ratifié|jamais entré en vigueur|pas (?:encore )?en vigueur|non (?:ancora )?(?:stato )?ratificat|mai entrat[oa] in vigore|(?:aún|todavía) no (?:ha sido )?ratificad|nunca entr[óo] en vigor|ainda não (?:foi )?ratificad|nunca entrou em vigor|noch nicht ratifiziert|nie in Kraft getreten|не ратифицирован|не вступил[оа]? в силу|لم (?:يتم )?(?:يصادق|التصديق)|لم يدخل حيز/iu;

/** "Of the" between an anniversary and the signing it marks ("anniversary of the signing", "годовщину подписания"). */
const OF_THE =
  /^(?:of|the|de|la|l|du|des|della|dell|del|da|do|der|des|dem|\d+(?:st|nd|rd|th|e|°|º)?|[\u0600-\u06ff]+(?:ين|ة))$/iu;

/**
 * Whether an anniversary word governs the signing noun right after it ("the 30th anniversary of the signing of the
 * treaty", "il ventesimo anniversario della firma", "30-летию подписания", "الذكرى العشرين لتوقيع"): at most two
 * words between, "of", articles or an ordinal, no comma. An anniversary of relations before a new signing ("On the
 * 30th anniversary of diplomatic relations, the signing of…") marks none; nor does a jubilee.
 */
export function marksSigning(doc: MatchDoc, cue: { span: Span }): boolean {
  if (!SIGNING_NOUN.test(cue.span.text ?? "")) return false;
  // …unless its sentence says the instrument is not in force ("which has yet to be ratified", "toujours pas ratifié").
  const sentence = sentenceAt(doc, cue.span.start);
  if (sentence && NOT_IN_FORCE.test(doc.text.slice(sentence.start, sentence.end))) return false;
  return anniversaries(doc).some((a) => {
    if (
      a.end > cue.span.start ||
      cue.span.start - a.end > ANNIVERSARY_REACH ||
      /jubil|giubil|юбиле/iu.test(a.text ?? "")
    )
      return false;
    const words = doc.text
      .slice(a.end, cue.span.start)
      .trim()
      .split(/[\s'’]+/u)
      .filter(Boolean);
    return (
      !/[,;:.!?،؛]/u.test(doc.text.slice(a.end, cue.span.start)) &&
      words.length <= 2 &&
      words.every((w) => OF_THE.test(w))
    );
  });
}
