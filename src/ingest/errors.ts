/**
 * The ingestion use case's errors, in a module of their own with no dependencies, so callers can test them
 * with `instanceof` without loading the pipeline (which is imported lazily).
 */
import type { TextError } from "./read/text";

/** Why a report cannot be read: extraction's own refusals, or no text at all. */
export type UnreadableReason = TextError | "no-input";

/** A report that cannot be analysed; `ingestArticle` turns it into an `unreadable` outcome. */
export class IngestInputError extends Error {
  override readonly name = "IngestInputError";
  constructor(
    readonly code: UnreadableReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}
