/**
 * The vocabulary's orders as SQL CASE expressions, built once at load from the same constants as the code's
 * ranks (src/schemas/vocabulary.ts), so the two cannot drift. Only constants go in: never a request's value.
 */
import { COMMITMENT_LIFECYCLE, DATE_EVIDENCE } from "../schemas/vocabulary";

/** `(CASE column WHEN 'a' THEN 0 … END)`: a value's rank in `order`, NULL for any value outside it. */
export function rankCase(column: string, order: readonly string[]): string {
  for (const word of [column, ...order]) {
    // A guard, not validation of input: these are compile-time constants, and SQL is never built from data.
    if (!/^[a-z_-]+$/.test(word)) throw new Error(`not a vocabulary word: ${word}`);
  }
  return `(CASE ${column} ${order.map((value, i) => `WHEN '${value}' THEN ${i}`).join(" ")} END)`;
}

/** A commitment's rank in the forward lifecycle; NULL when suspended or terminated, so no comparison holds. */
export const STATUS_RANK_SQL = rankCase("status", COMMITMENT_LIFECYCLE);

/** An event date's evidence rank (the same numbers as EVIDENCE_RANK). */
export const EVIDENCE_RANK_SQL = rankCase("date_evidence", DATE_EVIDENCE);
