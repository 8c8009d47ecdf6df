/** What the planning steps of one pair share: the report, the pair, what the store holds of it, the plan. */
import type { Analysis, DateEvidence, EventCandidate, Span } from "../types";
import type { ClaimWrite, IngestContext, PairContext, WritePlan } from "./types";

export interface PlanDeps {
  /** Finds the event a report belongs to among candidates (src/ingest/plan/cluster.ts). */
  matchEvent: (
    report: {
      eventDate?: { date: string; evidence: DateEvidence };
      tracks: string[];
      entities: string[];
      place?: string;
    },
    candidates: EventCandidate[],
  ) => string | undefined;
  /** MinHash similarity of two signatures (src/ingest/read/minhash.ts). */
  similarity: (a: number[], b: number[]) => number;
}

/** One pair's planning context, passed to each step in turn. */
export interface PairScope {
  a: Analysis;
  ctx: IngestContext;
  pair: string;
  known: PairContext | undefined;
  plan: WritePlan;
  deps: PlanDeps;
  /** The day the report's activity is dated: its event's date, else its publication date. */
  activity: string | null;
  /** Records a claim about this pair. */
  claim: (c: Omit<ClaimWrite, "pair">) => void;
}

/** The quote fields of a claim from a span of the text (none without a span). */
export function quote(span: Span | undefined): Pick<ClaimWrite, "quote" | "quoteStart" | "quoteEnd"> {
  return span
    ? { quote: span.text.slice(0, 500), quoteStart: span.start, quoteEnd: span.end }
    : { quote: null, quoteStart: null, quoteEnd: null };
}
