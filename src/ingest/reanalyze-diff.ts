/**
 * What a re-analysis changes in the claims one article supports: pure, so a dry run and a real run count the
 * same way. A claim the new reading plans and the article does not support yet is added; a retractable claim it
 * supports (a machine source of an unreviewed machine claim) that the new reading no longer plans is retracted;
 * a retracted claim and an added one of the same pair, subject type, predicate and value under another subject
 * (the report now joins another event, commitment or track) count once, as moved.
 */
import type { ClaimRow } from "../store/claims";
import type { ClaimWrite } from "./plan/types";

/** One claim the article supports today (see store/reanalysis.ts), and whether a re-analysis may retract it. */
export type Supported = Pick<ClaimRow, "id" | "pair" | "subject_type" | "subject_id" | "predicate" | "value"> & {
  retractable: number;
};

/** Counts of one pair. */
export interface Counts {
  added: number;
  retracted: number;
  moved: number;
}

export interface ClaimDiff {
  /** Ids of the claims whose source (this article) is to be retracted. */
  retract: string[];
  byPair: Map<string, Counts>;
}

type Keyed = Omit<Supported, "id" | "retractable">;

const fullKey = (c: Keyed) => [c.pair, c.subject_type, c.subject_id, c.predicate, c.value].join("\u0000");
const movableKey = (c: Keyed) => [c.pair, c.subject_type, c.predicate, c.value].join("\u0000");

const asKeyed = (c: ClaimWrite): Keyed => ({
  pair: c.pair,
  subject_type: c.subjectType,
  subject_id: c.subjectId,
  predicate: c.predicate,
  value: c.value,
});

/** Compares the claims planned by the new reading with those the article supports. */
export function diffClaims(planned: readonly ClaimWrite[], supported: readonly Supported[]): ClaimDiff {
  const plannedKeys = new Map(planned.map((c) => [fullKey(asKeyed(c)), asKeyed(c)]));
  const supportedKeys = new Set(supported.map(fullKey));
  const added = [...plannedKeys].filter(([k]) => !supportedKeys.has(k)).map(([, c]) => c);
  const retracted = supported.filter((s) => s.retractable === 1 && !plannedKeys.has(fullKey(s)));
  const byPair = new Map<string, Counts>();
  const count = (pair: string, field: keyof Counts) => {
    const c = byPair.get(pair) ?? { added: 0, retracted: 0, moved: 0 };
    c[field] += 1;
    byPair.set(pair, c);
  };
  // Added claims by what a move keeps (pair, subject type, predicate, value), each consumed by one retraction.
  const addedLeft = new Map<string, Keyed[]>();
  for (const a of added) addedLeft.set(movableKey(a), [...(addedLeft.get(movableKey(a)) ?? []), a]);
  for (const r of retracted) {
    const same = addedLeft.get(movableKey(r));
    if (same?.length) {
      same.pop();
      count(r.pair, "moved");
    } else count(r.pair, "retracted");
  }
  for (const left of addedLeft.values()) for (const a of left) count(a.pair, "added");
  return { retract: retracted.map((r) => r.id), byPair };
}
