/**
 * How a commitment is known: independent sources (a syndicated copy or wire rewrite counts with its original),
 * whether any source is official (a ministry, a government, a state agency: src/ingest/recognize/outlets.ts),
 * and whether only one independent source supports its current status.
 */
import { outletOf } from "../ingest/recognize/outlets";
import type { SourceRow } from "../store/rows";

/** The corroboration fields of a commitment in the public JSON. */
export interface Corroboration {
  independentSources: number;
  officialSource: boolean;
  singleSource: boolean;
}

/** What one source row says about corroboration. */
export interface Evidence {
  /** The original report this one copies (itself when it is no copy). */
  root: string;
  official: boolean;
  /** Whether its claims state the subject's current status (or that status's date). */
  supports: boolean;
}

/** The evidence of one source row. */
export function evidenceOf(r: SourceRow): Evidence {
  return {
    root: r.root ?? r.article_id,
    official: outletOf(r.url ?? undefined)?.official ?? false,
    supports: r.supports === 1,
  };
}

/**
 * Corroboration from a subject's evidence. The current status counts as supported by the sources stating it;
 * when none does (a status the lifecycle job reached on its date), by every source of the commitment.
 */
export function corroborationOf(evidence: readonly Evidence[]): Corroboration {
  const roots = new Set(evidence.map((e) => e.root));
  const supporting = evidence.filter((e) => e.supports);
  const supportRoots = new Set((supporting.length > 0 ? supporting : evidence).map((e) => e.root));
  return {
    independentSources: roots.size,
    officialSource: evidence.some((e) => e.official),
    singleSource: supportRoots.size === 1,
  };
}
