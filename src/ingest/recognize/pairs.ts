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
import { type CountryScan, PAIR_DOMINANCE, PAIR_MIN_SCORE } from "./countries";
import { cueSentenceStarts } from "./pair-cues";
import {
  bondedSentences,
  bondsOf,
  bondWeight,
  type Evidence,
  early,
  evidenceOf,
  leadNames,
  sal,
  share,
  strongestBond,
} from "./pair-evidence";
import { digestPairs, headedPairs, hubPairs, storyBreakPairs } from "./pairs-digest";
import { partnerPairs } from "./pairs-partners";
import { tourOf } from "./pairs-tour";

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
/** A rival bonded this many times more loosely than the pair is context (DOMINANCE_TOPIC). */
const LOOSER = 4;
/** …when the pair's bonds weigh this much, over two sentences or more: the pair is told again, not once in passing. */
const TOLD_AGAIN = 2;
/** What the home country's signal weighs when it rivals a pair it is not part of. */
const HOME_PRIOR = 1;
/** How many of the most salient countries are tried as pairs. */
const CANDIDATES = 6;

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
  // Two partners of a third party ("his Kenyan and South African counterparts") are no pair unless something bonds them.
  if (w <= 0 && ev.apart.has([x, y].sort().join("-"))) return undefined;
  const extra = w > 0 ? w + TWO_SIDES_WEIGHT * Math.min(ev.twoSides, TWO_SIDES_MAX) : 0;
  const homeExtra = w > 0 ? HOME_REF_WEIGHT * Math.min(ev.homeRefs.length, HOME_REFS_MAX) : 0;
  const px = sal(ev, x) + extra + (x === ev.home ? homeExtra : 0);
  const py = sal(ev, y) + extra + (y === ev.home ? homeExtra : 0);
  const weakest = Math.min(px, py);
  // A report on a summit of many states gives a pair only when it says two of them met ("X and Y", "his
  // counterpart"), early or in more than one sentence: a remark on their relations at the end is no meeting.
  // Two states joined as a headline's topics ("Gewalt in Tschad und Kenia prägt AU-Gipfel") did not meet: at a
  // gathering, a headline says so only by a bond of meeting (between, counterparts, with, a visit), or when the body
  // tells "the two countries".
  const inText = new Set(ev.textBonds);
  const meeting = bondsOf(ev, x, y)
    .filter((b) => b.kind !== "joined" || inText.has(b) || ev.twoSides > 0)
    .reduce((m, b) => Math.max(m, b.weight), 0);
  const met = (ev.multilateral ? meeting : strongestBond(ev, x, y)) + (ev.twoSides > 0 ? TWO_SIDES_WEIGHT : 0);
  // A list of other states ("Chile, Egypt, Indonesia – …") is no gathering of a pair that is not on it.
  const gathering = ev.multilateral && !(ev.listedOnly && !ev.listedOnly.has(x) && !ev.listedOnly.has(y));
  if (gathering && (met < 1 || (!early(ev, x, y) && bondedSentences(ev, x, y) < 2))) return undefined;
  if (ev.organisation && !(ev.titled.has(x) && ev.titled.has(y))) return undefined;
  // Two countries joined in passing after the lead ("Russia and China abstained", "agreed by X and Y in 2023"),
  // with no meeting or signing said of them, are no pair of a report whose opening names at most one of them.
  const kinds = new Set(bondsOf(ev, x, y).map((b) => b.kind));
  if (kinds.size === 1 && kinds.has("joined") && !leadNames(ev, x, y)) return undefined;
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
    const rivalBond = Math.max(bondWeight(ev, x, c), bondWeight(ev, y, c));
    // A third country bonded to a side far more loosely than the pair is to each other (a sentence naming both,
    // against "X and Y" told again in several sentences) is context, however much it is named.
    if (
      rivalBond * LOOSER <= w &&
      w >= TOLD_AGAIN &&
      strongestBond(ev, x, y) >= 1 &&
      bondedSentences(ev, x, y) >= 2 &&
      strongestBond(ev, x, c) < 1 &&
      strongestBond(ev, y, c) < 1
    )
      return DOMINANCE_TOPIC;
    return rivalBond <= w ? DOMINANCE_BONDED : PAIR_DOMINANCE;
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
  if (ev.multilateral || ev.organisation) return undefined;
  const other = scan.countries.find((c) => c.code !== home);
  if (!other || other.score < ev.minScore) return undefined;
  if (!dominates(ev, home, other.code, other.score, () => PAIR_DOMINANCE)) return undefined;
  const refs = ev.homeRefs;
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
  // One country's partners told apart ("with Cuba and Costa Rica", then a paragraph each): each pairs with it.
  const partners = partnerPairs(doc, scan);
  if (partners.length >= 2) return partners;
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
