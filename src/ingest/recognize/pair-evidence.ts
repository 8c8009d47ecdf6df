/**
 * What the pair decision reads of a report, computed once: each country's salience, the bonds between countries
 * (of the text and of the headline), the cues of the lead (a gathering of many states, a meeting with an
 * organisation) and the home outlet's signals, with the small questions pairs.ts asks of them.
 */
import type { Span } from "../types";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { type CountryScan, findCountries, PAIR_MIN_SCORE } from "./countries";
import { firstProseEnd } from "./heading-lines";
import { inZones } from "./noise-zones";
import { isOfficialSurname, officialSurnames } from "./not-a-country";
import { BOND_WEIGHT, type Bond, findBonds, multilateralLead, twoSidesRefs } from "./pair-cues";
import { homeRefs } from "./pair-home";
import { joinedWithOrganisation, listsSeveral, meetsOrganisationHead } from "./pair-lists";

/** Texts up to SHORT_WORDS words need SHORT_MIN_SCORE; from LONG_WORDS on, PAIR_MIN_SCORE; linear between. */
const SHORT_WORDS = 40;
const LONG_WORDS = 150;
const SHORT_MIN_SCORE = 1.5;
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
export interface Evidence {
  salience: Map<string, number>;
  total: number;
  /** The bonds of the text and of the headline. */
  bonds: Bond[];
  /** The bonds of the text alone, at their offsets (what digests and story breaks read). */
  textBonds: Bond[];
  /** Pairs ("AO-MZ") named only as partners of a third party ("with Angola and Mozambique", "his Kenyan and South African counterparts"). */
  apart: ReadonlySet<string>;
  twoSides: number;
  titled: Set<string>;
  earlyEnd: number;
  minScore: number;
  /** The title or lead speaks of a summit of many states: a pair needs a strong bond, and the home prior is off. */
  multilateral: boolean;
  /**
   * The countries of a list of several in the lead, when that list alone makes the report multilateral: a pair that
   * names neither of them is told apart from it ("Chile, Egypt, Indonesia – … Now it is Ghana's turn").
   */
  listedOnly?: ReadonlySet<string>;
  home: string | undefined;
  /** The lead is a meeting with an organisation's head: only a pair the title names is the report's. */
  organisation: boolean;
  /** Unqualified offices of the home outlet's country ("the President"); none without a home. */
  homeRefs: Span[];
  /** Countries that act in the report: an official of theirs is named, or they are bonded to another country. */
  actors: Set<string>;
  /** Countries named in the first sentence. */
  leadCodes: Set<string>;
  /** The start of the sentence at an offset of the text. */
  sentenceOf: (offset: number) => number;
}

/**
 * The bonds the headline states: "between X and Y", "X and Y sign…", or a headline naming just the two with a
 * meeting cue ("X's president and Y's prime minister signed…"), which the editor wrote to say what the report is
 * about, so it weighs as a clear bond. They count as early evidence (start 0) of the text. A word the text gives as a
 * listed official's surname ("«السوداني»") is that person in the headline too.
 */
function titleBonds(doc: MatchDoc, title: MatchDoc | undefined, apart: Set<string>): Bond[] {
  if (!title) return [];
  const persons = officialSurnames(doc);
  const mentions = findCountries(title).mentions.filter((m) => !isOfficialSurname(title, m.span, persons));
  return findBonds(title, mentions, [], apart).map((b) => ({
    ...b,
    start: 0,
    weight: Math.max(b.weight, BOND_WEIGHT.joined),
  }));
}

export function evidenceOf(doc: MatchDoc, scan: CountryScan, home: string | undefined, title?: MatchDoc): Evidence {
  const words = doc.tokens.filter((t) => !inZones(scan.noise, doc.map[t.start] ?? 0)).length;
  const leadEnd = Math.max(LEAD_CHARS, doc.sentences[0]?.end ?? 0);
  const apart = new Set<string>();
  const textBonds = findBonds(doc, scan.mentions, scan.noise, apart);
  const bonds = [...textBonds, ...titleBonds(doc, title, apart)];
  const gathering =
    multilateralLead(doc, Math.max(leadEnd, doc.sentences[GATHERING_SENTENCES - 1]?.end ?? 0), title) ||
    joinedWithOrganisation(doc, scan.mentions, doc.sentences[0]?.end ?? 0);
  const listed = listsSeveral(doc, scan.mentions, leadEnd);
  return {
    salience: new Map(scan.countries.map((c) => [c.code, c.score])),
    total: scan.countries.reduce((s, c) => s + c.score, 0),
    bonds,
    textBonds,
    apart,
    twoSides: twoSidesRefs(doc, scan.noise).length,
    titled: new Set(scan.inTitle.map((t) => t.code)),
    earlyEnd: Math.max(leadEnd, doc.sentences[EARLY_SENTENCES - 1]?.end ?? doc.text.length),
    minScore: minScoreFor(words),
    multilateral: gathering || listed !== undefined,
    ...(listed && !gathering ? { listedOnly: listed } : {}),
    organisation: meetsOrganisationHead(doc, scan.mentions, leadEnd),
    home,
    homeRefs: home ? homeRefs(doc, scan.mentions, scan.noise) : [],
    // The lead past the lines heading it ("QUITO/AFP", "Redacción"), and those lines too.
    leadCodes: new Set(scan.mentions.filter((m) => m.span.start < firstProseEnd(doc)).map((m) => m.code)),
    sentenceOf: (offset) => sentenceAt(doc, offset)?.start ?? offset,
    actors: new Set([
      ...scan.mentions.filter((m) => m.kind === "official").map((m) => m.code),
      ...bonds.flatMap((b) => [b.a, b.b]),
    ]),
  };
}

export const sal = (ev: Evidence, code: string) => ev.salience.get(code) ?? 0;
/** The bonds between x and y, either way round. */
export const bondsOf = (ev: Evidence, x: string, y: string) =>
  ev.bonds.filter((b) => (b.a === x && b.b === y) || (b.a === y && b.b === x));
export const bondWeight = (ev: Evidence, x: string, y: string) => bondsOf(ev, x, y).reduce((s, b) => s + b.weight, 0);
export const strongestBond = (ev: Evidence, x: string, y: string) =>
  bondsOf(ev, x, y).reduce((m, b) => Math.max(m, b.weight), 0);
/** Both named in the title, or bonded in the title, the lead or the first sentences. */
export const early = (ev: Evidence, x: string, y: string) =>
  (ev.titled.has(x) && ev.titled.has(y)) || bondsOf(ev, x, y).some((b) => b.start < ev.earlyEnd);
/** How many sentences bond x and y. */
export const bondedSentences = (ev: Evidence, x: string, y: string) =>
  new Set(bondsOf(ev, x, y).map((b) => ev.sentenceOf(b.start))).size;
/** Both named in the title, or both in the first sentence. */
export const leadNames = (ev: Evidence, x: string, y: string) =>
  (ev.titled.has(x) && ev.titled.has(y)) || (ev.leadCodes.has(x) && ev.leadCodes.has(y));
export const share = (ev: Evidence, x: string, y: string) =>
  ev.total > 0 ? Math.round(((sal(ev, x) + sal(ev, y)) / ev.total) * 100) / 100 : 0;
