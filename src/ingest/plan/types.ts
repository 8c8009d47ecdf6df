/** What the store knows before an ingest (read in one batch) and the writes the planner decides. */
import type { Resolution } from "../../schemas/admin";
import type { LegalForm, CommitmentStatus as StoredStatus, EventKind, Stance } from "../../schemas/vocabulary";
import type { CommitmentKind, CommitmentStatus, DateEvidence, EventCandidate } from "../types";

export interface PairContext {
  exists: boolean;
  tracks: { slug: string; sector: string }[];
  commitments: {
    id: string;
    track: string;
    kind: CommitmentKind;
    legalForm: LegalForm | null;
    /** How many instruments it stands for (1, or a counted batch). */
    instruments: number;
    status: StoredStatus;
    signedOn: string | null;
    effectiveOn: string | null;
    origin: string;
  }[];
  /** Events of the pair near the report's date (or the latest ones when it has none). */
  events: EventCandidate[];
  positions: { id: string; holder: string; issue: string; firstStated: string; lastReaffirmed: string }[];
}

export interface IngestContext {
  pairs: Map<string, PairContext>;
  /** Earlier articles sharing an LSH band, oldest first, with their signatures and the pairs they are about. */
  nearDuplicates: { id: string; minhash: number[]; pairs: string[] }[];
  /** Sector labels by slug (for tracks created per sector). */
  sectorLabels: Map<string, Record<string, string>>;
  /** Now, as an ISO instant (for first/last seen). */
  now: string;
}

export interface ClaimWrite {
  pair: string;
  subjectType: "track" | "commitment" | "event" | "position";
  subjectId: string;
  predicate: string;
  value: string;
  confidence: number;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
}

export interface ArticleWrite {
  id: string;
  url: string | null;
  contentHash: string;
  outlet: string;
  language: string;
  title: string | null;
  publishedOn: string | null;
  publishedAt: string | null;
  origin: "admin" | "feed";
  feedId: number | null;
  syndicatedOf: string | null;
  textLength: number;
  minhash: number[];
  bands: string[];
  /** The PIPELINE_VERSION that read the report (null when the caller does not say). */
  pipelineVersion: string | null;
}

export type { Resolution } from "../../schemas/admin";

export interface WritePlan {
  article: ArticleWrite;
  articlePairs: { pair: string; score: number }[];
  newPairs: string[];
  newTracks: {
    pair: string;
    slug: string;
    sector: string;
    titles: Record<string, string>;
    lastActivity: string | null;
  }[];
  touchedTracks: { pair: string; slug: string; lastActivity: string }[];
  newEvents: {
    id: string;
    pair: string;
    date: string;
    endDate: string | null;
    evidence: DateEvidence;
    kind: EventKind;
    place: string | null;
    titles: Record<string, string>;
    entities: string[];
    tracks: string[];
  }[];
  redatedEvents: { id: string; date: string; endDate: string | null; evidence: DateEvidence }[];
  eventTracks: { eventId: string; pair: string; track: string }[];
  eventEntities: { id: string; entities: string[] }[];
  newCommitments: {
    id: string;
    pair: string;
    track: string;
    kind: CommitmentKind;
    status: CommitmentStatus;
    titles: Record<string, string>;
    legalForm: LegalForm | null;
    instruments: number;
    signedOn: string | null;
    effectiveOn: string | null;
  }[];
  /** Known commitments that had no legal form and now have one from this report. */
  formedCommitments: { id: string; legalForm: LegalForm }[];
  /** Known commitments that a report counts as a larger batch than known so far. */
  countedCommitments: { id: string; instruments: number }[];
  advancedCommitments: { id: string; status: CommitmentStatus; signedOn: string | null; effectiveOn: string | null }[];
  statusSteps: { commitmentId: string; status: CommitmentStatus; on: string | null }[];
  newPositions: {
    id: string;
    pair: string;
    holder: string;
    issue: string;
    stance: Stance;
    statements: Record<string, string>;
    date: string;
  }[];
  reaffirmedPositions: { id: string; date: string }[];
  claims: ClaimWrite[];
  resolution: Resolution;
}
