/** The orders the pipeline and the store agree on (the store repeats them as SQL CASE expressions). */
import type { CommitmentStatus, DateEvidence } from "../types";

/** A commitment's lifecycle: machine evidence only moves a commitment up this order. */
export const STATUS_RANK: Readonly<Record<CommitmentStatus, number>> = {
  discussed: 0,
  proposed: 1,
  agreed: 2,
  signed: 3,
  ratified: 4,
  in_force: 5,
};

/** How well an event's date is evidenced: an explicit date beats a resolved weekday, which beats a publication date. */
export const EVIDENCE_RANK: Readonly<Record<DateEvidence, number>> = { published: 1, weekday: 2, explicit: 3 };

/** The rank of any status; -1 for one outside the lifecycle (suspended, terminated). */
export function statusRank(status: string): number {
  return (STATUS_RANK as Readonly<Record<string, number>>)[status] ?? -1;
}
