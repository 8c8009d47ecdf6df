/**
 * The scorer's pure comparisons of one expectation with one analysis: no I/O, so a workerd unit test
 * (test/unit/quality/match.test.ts) pins them down on synthetic cases.
 */
import type { ExpectedCommitment } from "./expect";

/** The statuses whose precision matters most: a dossier must never invent them. */
export const FIRM_STATUSES: readonly string[] = ["signed", "ratified", "in_force"];

/** Titles that say nothing about the happening (the planner's fallback, or a page's generic label). */
const PLACEHOLDER_TITLES = new Set(["report", "untitled", "news", "article", "rapport", "noticia", "notizia", "خبر"]);

/** Pair counts for precision and recall: true positives, predicted, expected. */
export interface PairCounts {
  tp: number;
  predicted: number;
  expected: number;
}

/** True positives, predicted and expected pairs of one report (pairs compared as canonical keys). */
export function pairCounts(expected: readonly string[], predicted: readonly string[]): PairCounts {
  const want = new Set(expected.map(canonicalPair));
  const got = new Set(predicted.map(canonicalPair));
  let tp = 0;
  for (const p of got) if (want.has(p)) tp += 1;
  return { tp, predicted: got.size, expected: want.size };
}

/** A pair key with its codes upper-cased and sorted ("ma-kz" → "KZ-MA"). */
export function canonicalPair(key: string): string {
  return key.toUpperCase().split("-").sort().join("-");
}

/** Whether a single-pair report's predicted pairs are exactly its pair. */
export function exactPair(expected: readonly string[], predicted: readonly string[]): boolean {
  const got = [...new Set(predicted.map(canonicalPair))];
  return expected.length === 1 && got.length === 1 && got[0] === canonicalPair(expected[0] ?? "");
}

/** A place name folded for comparison: case, diacritics, hyphens and spaces do not count ("Nur-Sultan" = "nur sultan"). */
export function foldPlace(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\-'’.]+/g, "");
}

/**
 * Capitals named like their country, which readers write either way ("in Kuwait", "Kuwait City"): one place, folded.
 * Only these: "Mexico" may be the country where "Mexico City" is the capital.
 */
const CITY_OF_COUNTRY = new Map([
  ["kuwaitcity", "kuwait"],
  ["panamacity", "panama"],
  ["guatemalacity", "guatemala"],
]);
const placeKey = (name: string) => {
  const folded = foldPlace(name);
  return CITY_OF_COUNTRY.get(folded) ?? folded;
};

/** Whether a predicted place is the expected one (null expected: the report states none, so none is right). */
export function placeMatches(expected: string | null, predicted: string | undefined): boolean {
  if (expected === null) return predicted === undefined;
  return predicted !== undefined && placeKey(predicted) === placeKey(expected);
}

/**
 * Whether a title is a real one: non-empty, not a placeholder such as "Report", and not a page's date or time
 * stamp ("الأربعاء، 28 مايو 2025", "28.01.2026, 18:42"): a title with digits needs three words of three letters.
 */
export function realTitle(title: string | undefined): boolean {
  const t = (title ?? "").trim();
  const words = t
    .replace(/[\d\p{P}\p{S}]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length >= 3).length;
  return t.length > 0 && !PLACEHOLDER_TITLES.has(t.toLowerCase()) && !(/\d/.test(t) && words < 3);
}

/**
 * Whether the predicted event date is right. A report that states no date of its own (expected null) is right
 * with no date or with only its publication date, which is what the dossier falls back to.
 */
export function eventDateMatches(
  expected: string | null,
  predicted: { date: string; evidence: string } | undefined,
  publishedOn?: string,
): boolean {
  // With no day stated, the publication date counts as right (README), however the pipeline came to it.
  if (expected === null)
    return predicted === undefined || predicted.evidence === "published" || predicted.date === publishedOn;
  return predicted?.date === expected;
}

/** Whether a date lies after the report's publication date (an event can never be in the future of its report). */
export function afterPublication(date: string | undefined, publishedOn: string | undefined): boolean {
  return !!date && !!publishedOn && date > publishedOn;
}

/** Recall of required sectors and precision of predicted ones for one report. */
export function sectorCounts(
  required: readonly string[],
  predicted: readonly string[],
): { found: number; required: number; correct: number; predicted: number; all: boolean } {
  const got = new Set(predicted);
  const want = new Set(required);
  const found = [...want].filter((s) => got.has(s)).length;
  const correct = [...got].filter((s) => want.has(s)).length;
  return { found, required: want.size, correct, predicted: got.size, all: found === want.size };
}

/** What the scorer needs of a predicted commitment (`legalForm` when the pipeline gives one). */
export interface PredictedCommitment {
  status: string;
  kind?: string;
  track?: string;
  legalForm?: string;
  signedOn?: string;
  effectiveOn?: string;
  title?: string;
  /** How many instruments it stands for (a counted batch the report does not tell apart); one when absent. */
  instruments?: number;
}

/**
 * The instruments predicted commitments stand for, one entry each: a commitment counting a batch ("seven
 * memoranda") is as many instruments, placed after every commitment of its own so that a named instrument is
 * paired with its own commitment first. A count's instruments that no expectation takes are invented, each.
 */
export function instrumentsOf(predicted: readonly PredictedCommitment[]): PredictedCommitment[] {
  const counted = predicted.flatMap((p) =>
    (p.instruments ?? 1) > 1 ? Array.from({ length: p.instruments ?? 1 }, () => p) : [],
  );
  return [...predicted.filter((p) => (p.instruments ?? 1) <= 1), ...counted];
}

/** The legal forms a predicted commitment may stand for: its own, else what its kind implies. */
function formsOf(c: PredictedCommitment): string[] {
  if (c.legalForm) return [c.legalForm];
  if (c.kind === "declaration") return ["declaration"];
  if (c.kind === "agreement") return ["agreement"];
  return [];
}

/**
 * Legal forms scored as one: a declaration and a joint statement both state a policy and bind no one, and reports
 * and readers name one text both ways ("joint declaration", "joint statement", "déclaration commune",
 * "совместное заявление"), so telling them apart is no test of whether an instrument binds (README, "Scoring").
 */
const SAME_FORM: Readonly<Record<string, string>> = { "joint-statement": "declaration" };
const formClass = (form: string) => SAME_FORM[form] ?? form;

/**
 * Whether a predicted commitment is an expected one: same status, and same track or same legal form (a
 * declaration and a joint statement count as one form). An expected instrument whose report names neither
 * ("24 documents were signed") matches any of the same status.
 */
export function commitmentMatches(e: ExpectedCommitment, p: PredictedCommitment): boolean {
  if (e.status !== p.status) return false;
  if (!e.track && !e.legalForm) return true;
  if (e.track && p.track && e.track === p.track) return true;
  const wanted = e.legalForm;
  return !!wanted && formsOf(p).some((f) => formClass(f) === formClass(wanted));
}

/** One expected/predicted pairing, and whether its dates are right. */
export interface CommitmentMatch {
  expected: ExpectedCommitment;
  predicted: PredictedCommitment;
  datesRight: boolean;
}

/**
 * Matches firm (signed, ratified, in force) commitments one to one, greedily in the report's order, each
 * expected one taking a matching commitment with its dates when there is one.
 * Dates are right when every date the expectation gives is predicted equal.
 */
export function matchCommitments(
  expected: readonly ExpectedCommitment[],
  predicted: readonly PredictedCommitment[],
): { matches: CommitmentMatch[]; missed: ExpectedCommitment[]; invented: PredictedCommitment[] } {
  const want = expected.filter((e) => FIRM_STATUSES.includes(e.status));
  const left = instrumentsOf(predicted).filter((p) => FIRM_STATUSES.includes(p.status));
  const matches: CommitmentMatch[] = [];
  const missed: ExpectedCommitment[] = [];
  const datesRight = (e: ExpectedCommitment, p: PredictedCommitment) =>
    (!e.signedOn || e.signedOn === p.signedOn) && (!e.effectiveOn || e.effectiveOn === p.effectiveOn);
  // Instruments of stated form or track are paired first: an open expectation ("24 documents") takes what is left,
  // so the order in which a manifest lists them decides nothing.
  const open = (e: ExpectedCommitment) => !e.track && !e.legalForm;
  const paired = new Map<ExpectedCommitment, CommitmentMatch>();
  for (const e of [...want.filter((x) => !open(x)), ...want.filter(open)]) {
    // Of the commitments that match, the first with the expected dates, else the first: the order of a digest's
    // instruments does not decide which of them a date is scored against.
    const dated = left.findIndex((p) => commitmentMatches(e, p) && datesRight(e, p));
    const i = dated >= 0 ? dated : left.findIndex((p) => commitmentMatches(e, p));
    const p = left[i];
    if (i < 0 || !p) continue;
    left.splice(i, 1);
    paired.set(e, { expected: e, predicted: p, datesRight: datesRight(e, p) });
  }
  for (const e of want) {
    const m = paired.get(e);
    if (m) matches.push(m);
    else missed.push(e);
  }
  return { matches, missed, invented: left };
}
