/**
 * A signing dated after the report's own day had not happened when the report was written: "A capital acolhe amanhã
 * a assinatura de um acordo" over a dateline of the 14th dates the signing on the 15th, so the agreement is planned,
 * whatever tense told it. The day of the report is its publication date, else the day its dateline or lead gives.
 */
import type { CommitmentHit } from "../types";

/** Statuses a signature date makes done: they never lie in the future of the report that tells them. */
const DONE = new Set(["signed", "ratified"]);

/** The commitments of a report with every signing dated after `reportDay` read as still to come. */
export function notSignedYet(commitments: readonly CommitmentHit[], reportDay: string | undefined): CommitmentHit[] {
  if (!reportDay) return [...commitments];
  return commitments.map((c) => {
    if (!DONE.has(c.status) || !c.signedOn || c.signedOn <= reportDay) return c;
    const { signedOn: _ahead, ...rest } = c;
    return { ...rest, status: "proposed" };
  });
}
