/**
 * The pairs a report is about, best first. Salience (countries.ts) plus structural bonds (pair-cues.ts):
 * the bar a country must pass scales with the text's length, so a two-sentence brief naming "Morocco and
 * Kazakhstan" once gives its pair while a long feature still needs repeated mentions. The outlet's home
 * country is a weak prior that completes a pair whose other side is clearly named, never a pair on its own.
 * A digest whose paragraphs each report their own pair gives each of those pairs. Precision first.
 */
import { pairKey } from "../../lib/pair-key";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { PairHit } from "../types";
import { type CountryScan, findCountries, PAIR_DOMINANCE, PAIR_MIN_SCORE } from "./countries";
import { inZones } from "./noise-zones";
import {
  BOND_WEIGHT,
  type Bond,
  cueSentenceStarts,
  findBonds,
  homeRefs,
  multilateralLead,
  twoSidesRefs,
} from "./pair-cues";
import { digestPairs, headedPairs, hubPairs, storyBreakPairs } from "./pairs-digest";
import { joinedWithOrganisation, listsSeveral } from "./pair-lists";
import { tourOf } from "./pairs-tour";

/** Texts up to SHORT_WORDS words need SHORT_MIN_SCORE; from LONG_WORDS on, PAIR_MIN_SCORE; linear between. */
const SHORT_WORDS = 40;
const LONG_WORDS = 150;
const SHORT_MIN_SCORE = 1.5;
/** A third country may reach this share of a bonded pair's weaker side (PAIR_DOMINANCE when unbonded). */
const DOMINANCE_BONDED = 0.8;
/** Each "the two countries" / "bilateral" adds this to both sides of a bonded pair, up to TWO_SIDES_MAX times. */
const TWO_SIDES_WEIGHT = 0.5;
const TWO_SIDES_MAX = 4;
/** The weaker side must reach this share of the stronger. */
const MIN_SHARE = 0.15;
/** Each unqualified "the President" of a home outlet adds this to its country's side of a bonded pair, up to HOME_REFS_MAX. */
const HOME_REF_WEIGHT = 0.5;
const HOME_REFS_MAX = 3;
/**
 * A third country that only is talked about (no official of it named, bonded to no country) rivals a bonded pair
 * only above this share of its weaker side: "the two ministers discussed the war in Sudan" is about the two.
 */
const DOMINANCE_TOPIC = 1.2;
/** What the home country's signal weighs when it rivals a pair it is not part of. */
const HOME_PRIOR = 1;
/** How many of the most salient countries are tried as pairs. */
const CANDIDATES = 6;
const LEAD_CHARS = 300;
/** A bond in the title, the first LEAD_CHARS or the first EARLY_SENTENCES sentences says what the report is about. */
const EARLY_SENTENCES = 3;
/** A summit told in the first two sentences makes the report one on a gathering of many states. */
const GATHERING_SENTENCES = 2;

/** The salience a country needs to be one side of a report's pair, for a text of `words` words. */
export function minScoreFor(words: number): number {
  if (words <= SHORT_WORDS) return SHORT_MIN_SCORE;
  if (words >= LONG_WORDS) return PAIR_MIN_SCORE;
  return SHORT_MIN_SCORE + ((PAIR_MIN_SCORE - SHORT_MIN_SCORE) * (words - SHORT_WORDS)) / (LONG_WORDS - SHORT_WORDS);
}

/** Everything the pair decision reads, computed once per report. */
interface Evidence {
  salience: Map<string, number>;
  total: number;
  /** The bonds of the text and of the headline. */
  bonds: Bond[];
  /** The bonds of the text alone, at their offsets (what digests and story breaks read). */
  textBonds: Bond[];
  twoSides: number;
  titled: Set<string>;
  earlyEnd: number;
  minScore: number;
  /** The title or lead speaks of a summit of many states: a pair needs a strong bond, and the home prior is off. */
  multilateral: boolean;
  home: string | undefined;
  /** Unqualified offices of the home outlet's country ("the President"). */
  homeRefs: number;
  /** Countries that act in the report: an official of theirs is named, or they are bonded to another country. */
  actors: Set<string>;
  /** The start of the sentence at an offset of the text. */
  sentenceOf: (offset: number) => number;
}

/**
 * The bonds the headline states: "between X and Y", "X and Y sign…", or a headline naming just the two with a
 * meeting cue ("X's president and Y's prime minister signed…"), which the editor wrote to say what the report is
 * about, so it weighs as a clear bond. They count as early evidence (start 0) of the text.
 */
function titleBonds(title: MatchDoc | undefined): Bond[] {
  if (!title) return [];
  return findBonds(title, findCountries(title).mentions, []).map((b) => ({
    ...b,
    start: 0,
    weight: Math.max(b.weight, BOND_WEIGHT.joined),
  }));
}

function evidenceOf(doc: MatchDoc, scan: CountryScan, home: string | undefined, title?: MatchDoc): Evidence {
  const words = doc.tokens.filter((t) => !inZones(scan.noise, doc.map[t.start] ?? 0)).length;
  const leadEnd = Math.max(LEAD_CHARS, doc.sentences[0]?.end ?? 0);
  const textBonds = findBonds(doc, scan.mentions, scan.noise);
  const bonds = [...textBonds, ...titleBonds(title)];
  return {
    salience: new Map(scan.countries.map((c) => [c.code, c.score])),
    total: scan.countries.reduce((s, c) => s + c.score, 0),
    bonds,
    textBonds,
    twoSides: twoSidesRefs(doc, scan.noise).length,
    titled: new Set(scan.inTitle.map((t) => t.code)),
    earlyEnd: Math.max(leadEnd, doc.sentences[EARLY_SENTENCES - 1]?.end ?? doc.text.length),
    minScore: minScoreFor(words),
    multilateral:
      multilateralLead(doc, Math.max(leadEnd, doc.sentences[GATHERING_SENTENCES - 1]?.end ?? 0), title) ||
      listsSeveral(doc, scan.mentions, leadEnd) ||
      joinedWithOrganisation(doc, scan.mentions, doc.sentences[0]?.end ?? 0),
    home,
    homeRefs: home ? homeRefs(doc, scan.mentions, scan.noise).length : 0,
    sentenceOf: (offset) => sentenceAt(doc, offset)?.start ?? offset,
    actors: new Set([
      ...scan.mentions.filter((m) => m.kind === "official").map((m) => m.code),
      ...bonds.flatMap((b) => [b.a, b.b]),
    ]),
  };
}

const sal = (ev: Evidence, code: string) => ev.salience.get(code) ?? 0;
const bondWeight = (ev: Evidence, x: string, y: string) =>
  ev.bonds.reduce((s, b) => s + ((b.a === x && b.b === y) || (b.a === y && b.b === x) ? b.weight : 0), 0);
const early = (ev: Evidence, x: string, y: string) =>
  (ev.titled.has(x) && ev.titled.has(y)) ||
  ev.bonds.some((b) => b.start < ev.earlyEnd && ((b.a === x && b.b === y) || (b.a === y && b.b === x)));
const strongestBond = (ev: Evidence, x: string, y: string) =>
  ev.bonds.reduce((m, b) => ((b.a === x && b.b === y) || (b.a === y && b.b === x) ? Math.max(m, b.weight) : m), 0);
const bondedSentences = (ev: Evidence, x: string, y: string) =>
  new Set(
    ev.bonds.filter((b) => (b.a === x && b.b === y) || (b.a === y && b.b === x)).map((b) => ev.sentenceOf(b.start)),
  ).size;
const share = (ev: Evidence, x: string, y: string) =>
  ev.total > 0 ? Math.round(((sal(ev, x) + sal(ev, y)) / ev.total) * 100) / 100 : 0;

/** Whether no third country rivals the pair; its weaker side's strength is `weakest`. */
function dominates(ev: Evidence, x: string, y: string, weakest: number, dominance: (c: string) => number): boolean {
  for (const [c, score] of ev.salience) {
    // The home outlet's own country, when named, rivals a pair it is not part of a little more.
    const rival = c === ev.home ? score + HOME_PRIOR : score;
    if (c !== x && c !== y && rival > dominance(c) * weakest) return false;
  }
  return true;
}

/** The strength of (x, y) as the report's pair, or undefined when it is not one. */
function strength(ev: Evidence, x: string, y: string): number | undefined {
  const w = bondWeight(ev, x, y);
  const extra = w > 0 ? w + TWO_SIDES_WEIGHT * Math.min(ev.twoSides, TWO_SIDES_MAX) : 0;
  const homeExtra = w > 0 ? HOME_REF_WEIGHT * Math.min(ev.homeRefs, HOME_REFS_MAX) : 0;
  const px = sal(ev, x) + extra + (x === ev.home ? homeExtra : 0);
  const py = sal(ev, y) + extra + (y === ev.home ? homeExtra : 0);
  const weakest = Math.min(px, py);
  // A report on a summit of many states gives a pair only when it says two of them met ("X and Y", "his
  // counterpart"), early or in more than one sentence: a remark on their relations at the end is no meeting.
  if (ev.multilateral && (strongestBond(ev, x, y) < 1 || (!early(ev, x, y) && bondedSentences(ev, x, y) < 2)))
    return undefined;
  const strong = Math.min(sal(ev, x), sal(ev, y)) >= PAIR_MIN_SCORE;
  // Otherwise a bond must say they are a pair: in the title or first sentences, or a clear one ("X and Y",
  // "his counterpart") when the evidence reaches the long-text bar.
  const clear = strongestBond(ev, x, y) >= 1;
  const scaled = w > 0 && weakest >= ev.minScore && (early(ev, x, y) || (clear && weakest >= PAIR_MIN_SCORE));
  if (!strong && !scaled) return undefined;
  if (weakest < MIN_SHARE * Math.max(px, py)) return undefined;
  // A bonded pair tolerates a third country named as context, unless that one is bonded to a side more strongly.
  const dominance = (c: string) => {
    if (w <= 0) return PAIR_DOMINANCE;
    if (!ev.multilateral && !ev.actors.has(c)) return DOMINANCE_TOPIC;
    return Math.max(bondWeight(ev, x, c), bondWeight(ev, y, c)) <= w ? DOMINANCE_BONDED : PAIR_DOMINANCE;
  };
  return dominates(ev, x, y, weakest, dominance) ? px + py : undefined;
}

/** The one pair the whole report is about, if any. */
function bestPair(ev: Evidence): PairHit | undefined {
  const top = [...ev.salience.keys()].slice(0, CANDIDATES);
  const tried = new Set<string>();
  let best: { key: string; strength: number; x: string; y: string } | undefined;
  const consider = (x: string, y: string) => {
    const key = pairKey(x, y);
    if (!key || tried.has(key)) return;
    tried.add(key);
    const s = strength(ev, x, y);
    if (s !== undefined && (!best || s > best.strength)) best = { key, strength: s, x, y };
  };
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) consider(top[i] ?? "", top[j] ?? "");
  for (const b of ev.bonds) consider(b.a, b.b);
  return best ? { key: best.key, score: share(ev, best.x, best.y) } : undefined;
}

/**
 * The outlet's home country completing a pair: the other side is clearly named and dominant, the home country
 * has a signal (a mention, its capital, an unqualified "the President"), and the text says it is a meeting of two.
 */
function homePair(doc: MatchDoc, scan: CountryScan, ev: Evidence, home: string): PairHit | undefined {
  if (ev.multilateral) return undefined;
  const other = scan.countries.find((c) => c.code !== home);
  if (!other || other.score < ev.minScore) return undefined;
  if (!dominates(ev, home, other.code, other.score, () => PAIR_DOMINANCE)) return undefined;
  const refs = homeRefs(doc, scan.mentions, scan.noise);
  const homeNamed = sal(ev, home) > 0;
  if (!homeNamed && refs.length === 0) return undefined;
  const cueStarts = cueSentenceStarts(doc, scan.noise);
  // A sentence with a meeting cue naming the other side and the home country (or its office), and nobody else.
  const inSentence = (offset: number) => sentenceAt(doc, offset)?.start;
  const homeSentence = [...cueStarts].some((start) => {
    const codes = new Set(scan.mentions.filter((m) => inSentence(m.span.start) === start).map((m) => m.code));
    const homeHere = codes.has(home) || refs.some((r) => inSentence(r.start) === start);
    return homeHere && codes.has(other.code) && [...codes].every((c) => c === home || c === other.code);
  });
  const supported = bondWeight(ev, home, other.code) > 0 || (homeNamed && ev.twoSides > 0) || homeSentence;
  const key = supported ? pairKey(home, other.code) : undefined;
  return key ? { key, score: share(ev, home, other.code) } : undefined;
}

/** Options of pair detection. */
export interface PairOptions {
  /** ISO alpha-2 of the outlet's home country (a feed's configured country, the outlets table, the ccTLD). */
  home?: string;
}

/** The pairs a report is about, best first (usually 0 or 1; one per story in a digest). */
export function detectPairs(doc: MatchDoc, scan: CountryScan, options: PairOptions = {}, title?: MatchDoc): PairHit[] {
  const ev = evidenceOf(doc, scan, options.home, title);
  const whole = bestPair(ev) ?? (options.home ? homePair(doc, scan, ev, options.home) : undefined);
  const headed = headedPairs(doc, scan, ev.textBonds);
  if (headed.length >= 2) return headed;
  const hub = hubPairs(doc, scan, ev.textBonds, title);
  if (hub.length >= 2) return hub;
  // A tour's hosts each pair with the visitor, unless the report's own pair is another: the visitor with a host
  // named before the tour word ("llegó a Minsk…, en una gira que ya le ha llevado a Rusia"), whose story it is.
  // Two hosts paired with each other are no pair of it.
  const tour = tourOf(doc, scan);
  const hostsOnly = whole && tour?.toured.has(whole.key.slice(0, 2)) && tour.toured.has(whole.key.slice(3));
  if (tour?.pairs.length && (!whole || hostsOnly || tour.pairs.some((p) => p.key === whole.key))) return tour.pairs;
  const digest = digestPairs(doc, scan, ev.textBonds);
  if (digest.length >= 2 && (!whole || digest.some((d) => d.key === whole.key))) return digest;
  if (!whole) return [];
  // The report's own story, then the pairs of paragraphs that turn to another story.
  const others = storyBreakPairs(doc, scan, ev.textBonds).filter((p) => p.key !== whole.key);
  return [whole, ...others];
}
