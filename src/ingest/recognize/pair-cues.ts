/**
 * Structural evidence that two countries named in a report are its pair (seed/lexicons/pair-cues.json):
 * "X and Y", "between X and Y", "X–Y", a sentence naming just the two with "bilateral", "the two countries",
 * "his counterpart", "visit"; and the unqualified offices ("the President", "الرئيس") a home outlet writes
 * for its own country. Pure functions over a prepared text and the country mentions found in it.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import type { CountryMention } from "./countries";
import { inZones, type Zone } from "./noise-zones";
import {
  adjectivesJoined,
  afterWith,
  continuesList,
  firstTokenOf,
  joins,
  namedAfterWith,
  PLURAL_COUNTERPART,
  qualifiesCounterparts,
} from "./pair-joins";
import { tripStops, visitedFirst } from "./pair-stops";
import {
  BETWEEN,
  COUNTERPART_REACH,
  type CueKind,
  cueMatches,
  cues,
  FILLERS,
  tokenBefore,
  tokenText,
  VISIT_TO,
  VISITS,
} from "./pair-words";

/** Evidence that two countries are named as a pair, at one place of the text. */
export interface Bond {
  /** The two ISO alpha-2 codes, sorted. */
  a: string;
  b: string;
  kind: "between" | "joined" | "counterpart" | "with" | "visit" | "sentence";
  weight: number;
  /** Original offset where the evidence starts. */
  start: number;
}

/** Weight of a bond by kind: "between X and Y" is the clearest, a shared sentence with a meeting cue the weakest. */
export const BOND_WEIGHT: Readonly<Record<Bond["kind"], number>> = {
  between: 1.5,
  joined: 1,
  counterpart: 1,
  with: 1,
  visit: 1,
  sentence: 0.5,
};

const sorted = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Bonds between two countries: joined or "between" pairs of mentions, and sentences naming just the two with a cue. */
export function findBonds(
  doc: MatchDoc,
  mentions: readonly CountryMention[],
  noise: readonly Zone[],
  /** Collects the pairs (sorted codes joined by "-") named as partners of a third party, never of each other. */
  apart?: Set<string>,
): Bond[] {
  const bonds: Bond[] = [];
  // Sentences naming two partners of a third party ("signed memoranda with Kazakhstan and Uzbekistan").
  const partners = new Set<number>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m1 = mentions[i];
    const m2 = mentions[i + 1];
    if (!m1 || !m2 || m1.code === m2.code) continue;
    const gap = doc.text.slice(m1.span.end, m2.span.start);
    if (!joins(gap, m2) && !adjectivesJoined(gap, m1, m2)) continue;
    // "Morocco, Kazakhstan and Egypt": a list of three or more is no pair.
    const m0 = mentions[i - 1];
    const m3 = mentions[i + 2];
    if (m0 && m0.code !== m1.code && continuesList(doc.text.slice(m0.span.end, m1.span.start), m1)) continue;
    if (m3 && m3.code !== m2.code && continuesList(doc.text.slice(m2.span.end, m3.span.start), m3)) continue;
    const between = BETWEEN.has(tokenText(doc, tokenBefore(doc, m1.tokenStart, 0, FILLERS)));
    if (namedAfterWith(doc, m1) || qualifiesCounterparts(doc, m1) || visitedFirst(doc, m1)) {
      partners.add(sentenceAt(doc, m1.span.start)?.start ?? -1);
      apart?.add(sorted(m1.code, m2.code).join("-"));
      continue;
    }
    const [a, b] = sorted(m1.code, m2.code);
    const kind = between ? "between" : "joined";
    bonds.push({ a, b, kind, weight: BOND_WEIGHT[kind], start: m1.span.start });
  }
  const cueSentences = cueSentenceStarts(doc, noise);
  const counterpartSentences = cueSentenceStarts(doc, noise, "counterpart");
  // The mentions of each sentence, read once.
  const mentionsBy = new Map<number, CountryMention[]>();
  for (const m of mentions) {
    const s = sentenceAt(doc, m.span.start);
    if (!s) continue;
    const here = mentionsBy.get(s.start);
    if (here) here.push(m);
    else mentionsBy.set(s.start, [m]);
  }
  const bySentence = new Map<number, Set<string>>();
  for (const [start, here] of mentionsBy) {
    // A stop of the trip ("days after a visit to Morocco") takes no part in the sentence's meeting (pair-stops.ts).
    const stops = new Set(tripStops(doc, here));
    bySentence.set(start, new Set(here.map((m) => m.code).filter((c) => !stops.has(c))));
  }
  for (const [start, codes] of bySentence) {
    if (codes.size !== 2 || !cueSentences.has(start) || partners.has(start)) continue;
    const [x = "", y = ""] = [...codes];
    const [a, b] = sorted(x, y);
    // Each named after its own "with" ("spoke with Kenya's president, then with South Africa's"): two partners
    // of a third, told one after the other.
    const here = mentionsBy.get(start) ?? [];
    const floor = firstTokenOf(doc, start);
    if (here.every((m) => afterWith(doc, m.tokenStart, floor))) {
      apart?.add(`${a}-${b}`);
      continue;
    }
    const kind = counterpartSentences.has(start)
      ? "counterpart"
      : withOther(doc, mentions, start)
        ? "with"
        : visitTo(doc, mentions, start)
          ? "visit"
          : "sentence";
    bonds.push({ a, b, kind, weight: BOND_WEIGHT[kind], start });
  }
  bonds.push(...counterpartBonds(doc, mentions, noise));
  return bonds;
}

/**
 * Whether a sentence naming two countries names the second after "with" once it has named the first ("Lula and his
 * ministers closed seven agreements with Malaysia", "Le Mali a signé avec le Ghana…", "held a call with the president
 * of Ghana"): one side dealing with the other.
 */
function withOther(doc: MatchDoc, mentions: readonly CountryMention[], start: number): boolean {
  return namedAfterAnother(
    doc,
    mentions,
    start,
    // …the first not itself named after "with": "he spoke with Kenya's president, then with South Africa's" names two
    // partners of a third.
    (m, before) =>
      afterWith(doc, m.tokenStart, before.tokenEnd) && !afterWith(doc, before.tokenStart, firstTokenOf(doc, start)),
  );
}

/**
 * Whether some country of a sentence (by its start) stands as `test` says after the nearest other country named
 * before it in that sentence.
 */
function namedAfterAnother(
  doc: MatchDoc,
  mentions: readonly CountryMention[],
  start: number,
  test: (m: CountryMention, before: CountryMention) => boolean,
): boolean {
  const here = mentions.filter((m) => (sentenceAt(doc, m.span.start)?.start ?? -1) === start);
  return here.some((m) => {
    const before = here.filter((o) => o.code !== m.code && o.tokenEnd <= m.tokenStart).at(-1);
    return before !== undefined && test(m, before);
  });
}

/** Words a visit's noun may stand before its destination ("a two-day official visit to", "визит в"). */
const VISIT_REACH = 6;
/**
 * Words a visit's noun may stand before its visitor's country ("visita del presidente algerino", "визит президента
 * Узбекистана"), and words at most between that country and the preposition of the destination.
 */
const VISITOR_REACH = 4;
const VISITOR_GAP = 1;

/**
 * Whether a sentence naming two countries names the second as the destination of a visit after it has named the
 * first ("Brazil's foreign minister begins an official visit to Portugal", "le président ivoirien en visite au Mali",
 * "визит министра Бразилии в Португалию"): one side's visit to the other.
 */
function visitTo(doc: MatchDoc, mentions: readonly CountryMention[], start: number): boolean {
  // A visit to attend a gathering of many ("on a visit to Ethiopia to take part in the African Union summit") is the
  // gathering's, no visit of one country to the other.
  if (cueMatches(doc).some((c) => c.data === "multilateral" && (sentenceAt(doc, c.span.start)?.start ?? -1) === start))
    return false;
  const token = (i: number) => doc.tokens[i]?.text ?? "";
  const visitIn = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => token(from + i)).some((t) => VISITS.has(t));
  return namedAfterAnother(doc, mentions, start, (m, before) => {
    // The preposition may also be a filler ("visita a Portugal", "a" the article too): it is read first.
    let k = m.tokenStart - 1;
    while (k >= before.tokenEnd && !VISIT_TO.has(token(k)) && FILLERS.has(token(k))) k--;
    if (k < before.tokenEnd || !VISIT_TO.has(token(k))) return false;
    if (visitIn(Math.max(before.tokenEnd, k - VISIT_REACH), k)) return true;
    // …or the visit names its visitor first, the destination right after ("the visit of the Algerian president to
    // Rome", "визит президента Узбекистана в Москву"): a visit word a few words before the first country.
    return (
      k - before.tokenEnd <= VISITOR_GAP && visitIn(Math.max(0, before.tokenStart - VISITOR_REACH), before.tokenStart)
    );
  });
}

/**
 * "X's minister and his counterpart from Y": the country next to a counterpart cue and the nearest other
 * country before it in the sentence, even when the sentence goes on to name a third (the topic of the talks).
 */
function counterpartBonds(doc: MatchDoc, mentions: readonly CountryMention[], noise: readonly Zone[]): Bond[] {
  const out: Bond[] = [];
  for (const c of cueMatches(doc)) {
    if (c.data !== "counterpart" || inZones(noise, c.span.start)) continue;
    const sentence = sentenceAt(doc, c.span.start)?.start;
    const same = (m: CountryMention) => sentenceAt(doc, m.span.start)?.start === sentence;
    const near = mentions
      .filter(
        (m) =>
          same(m) && m.tokenStart < c.tokenEnd + COUNTERPART_REACH && m.tokenEnd > c.tokenStart - COUNTERPART_REACH,
      )
      .sort((a, b) => distance(a, c) - distance(b, c))[0];
    if (!near) continue;
    const from = Math.min(near.tokenStart, c.tokenStart);
    // Several counterparts qualify a plural cue together: the other side is the one named before them all.
    const plural = PLURAL_COUNTERPART.test(c.span.text);
    const other = mentions
      .filter(
        (m) => same(m) && m.tokenEnd <= from && m.code !== near.code && !(plural && qualifiesCounterparts(doc, m)),
      )
      .at(-1);
    if (!other) continue;
    const [a, b] = sorted(near.code, other.code);
    out.push({ a, b, kind: "counterpart", weight: BOND_WEIGHT.counterpart, start: other.span.start });
  }
  return out;
}

/** Tokens between a mention and a cue (0 when they touch or overlap). */
const distance = (m: CountryMention, c: { tokenStart: number; tokenEnd: number }) =>
  Math.max(0, c.tokenStart - m.tokenEnd, m.tokenStart - c.tokenEnd);

/** "The two countries", "bilateral", "البلدين": phrases that say a report is about a pair, outside page noise. */
export function twoSidesRefs(doc: MatchDoc, noise: readonly Zone[]): Span[] {
  return cuesOfKind(doc, "two-sides", noise).map((c) => c.span);
}

/** The cue matches of one kind in a text, outside page noise. */
function cuesOfKind(doc: MatchDoc, kind: CueKind, noise: readonly Zone[]): LexiconMatch<CueKind>[] {
  return cueMatches(doc).filter((c) => c.data === kind && !inZones(noise, c.span.start));
}

/** The cues that say a sentence reports a meeting of two. */
const MEETING_KINDS: ReadonlySet<CueKind> = new Set(["two-sides", "counterpart", "meeting"]);

/** Original offsets of the cues of one kind in a text, outside page noise ("In other news", "several countries", "tour"). */
export function cueOffsets(
  doc: MatchDoc,
  kind: "story-break" | "several-countries" | "tour",
  noise: readonly Zone[],
): number[] {
  return cuesOfKind(doc, kind, noise).map((c) => c.span.start);
}

/** Sentences (their start offsets) holding a cue of a bilateral meeting (or only of the kind given). */
export function cueSentenceStarts(doc: MatchDoc, noise: readonly Zone[], only?: CueKind): Set<number> {
  const out = new Set<number>();
  for (const c of cueMatches(doc)) {
    if (inZones(noise, c.span.start) || !MEETING_KINDS.has(c.data) || (only && c.data !== only)) continue;
    const s = sentenceAt(doc, c.span.start);
    if (s) out.add(s.start);
  }
  return out;
}

/**
 * Whether the title or the lead (text before `leadEnd`) speaks of a gathering of many states ("summit", "G20").
 * A multilateral word in a sentence that also says "the two countries" or "bilateral" names the pair's own
 * meeting ("the yearly summit between the two countries") or the bodies the two work in, not a gathering.
 */
export function multilateralLead(doc: MatchDoc, leadEnd: number, title?: MatchDoc): boolean {
  if (title && gathering(title, cues().match(title), title.text.length)) return true;
  // A first sentence that says "bilateral" or "the two countries" tells what the report is about; a summit named
  // after it ("Straight from the summit, he stopped in Luanda") is where a side came from, not the happening.
  const first = doc.sentences[0];
  const found = cueMatches(doc);
  const pairLead = first && found.some((c) => c.data === "two-sides" && c.span.start < first.end);
  return gathering(doc, found, pairLead ? Math.min(leadEnd, first.end) : leadEnd);
}

/** Whether a multilateral cue before `end` stands in a sentence with no two-sides cue. */
function gathering(doc: MatchDoc, found: readonly LexiconMatch<CueKind>[], end: number): boolean {
  const pairSentences = new Set(
    found.filter((c) => c.data === "two-sides").map((c) => sentenceAt(doc, c.span.start)?.start ?? -1),
  );
  return found.some(
    (c) =>
      c.data === "multilateral" && c.span.start < end && !pairSentences.has(sentenceAt(doc, c.span.start)?.start ?? -1),
  );
}
