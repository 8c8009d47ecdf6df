/** The orders the pipeline and the store agree on, derived from the vocabulary (the store's SQL CASE too). */
import { COMMITMENT_LIFECYCLE, DATE_EVIDENCE, ranksOf } from "../../schemas/vocabulary";

/** A commitment's forward lifecycle: machine evidence only moves a commitment up this order. */
export const STATUS_RANK = ranksOf(COMMITMENT_LIFECYCLE);

/** The statuses that say an instrument exists: signed, ratified, in force. */
export const FIRM_STATUSES: ReadonlySet<string> = new Set(["signed", "ratified", "in_force"]);

/** How well an event's date is evidenced: an explicit date beats a resolved weekday, which beats a publication date. */
export const EVIDENCE_RANK = ranksOf(DATE_EVIDENCE);

/** The rank of a status in the forward lifecycle; undefined outside it (suspended, terminated). */
export function statusRank(status: string): number | undefined {
  return (STATUS_RANK as Readonly<Record<string, number>>)[status];
}

/**
 * True when machine evidence of `next` moves a commitment now at `current`: both in the forward order, `next`
 * higher. A suspended or terminated commitment is never moved (and so gains no history step) by machine evidence.
 */
export function advancesStatus(current: string, next: string): boolean {
  const from = statusRank(current);
  const to = statusRank(next);
  return from !== undefined && to !== undefined && to > from;
}
