/** Row types as D1 returns them (snake_case, JSON columns as text). One mapper per table lives with its reader. */
import type {
  CommitmentKind,
  CommitmentStatus,
  DateEvidence,
  EventKind,
  LegalForm,
  Origin,
  Stance,
  TrackStatus,
} from "../schemas/vocabulary";

export type { Origin } from "../schemas/vocabulary";

export interface PairRow {
  key: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrackRow {
  slug: string;
  sector: string;
  titles: string;
  status: TrackStatus;
  last_activity: string | null;
  origin: Origin;
  source_count: number;
}

export interface CommitmentRow {
  id: string;
  track: string;
  kind: CommitmentKind;
  legal_form: LegalForm | null;
  /** How many instruments it stands for (1, or a counted batch). */
  instruments: number;
  titles: string;
  status: CommitmentStatus;
  signed_on: string | null;
  effective_on: string | null;
  origin: Origin;
  /** JSON array of {status, on}. */
  history: string;
}

export interface EventRow {
  id: string;
  date: string;
  end_date: string | null;
  date_evidence: DateEvidence;
  kind: EventKind;
  place: string | null;
  titles: string;
  origin: Origin;
  /** JSON array of track slugs. */
  tracks: string;
}

export interface PositionRow {
  id: string;
  holder: string;
  issue: string;
  stance: Stance;
  statements: string;
  first_stated: string;
  last_reaffirmed: string;
  origin: Origin;
}

/** One source of one subject (commitment, event, position or track). */
export interface SourceRow {
  subject_type: string;
  subject_id: string;
  article_id: string;
  outlet: string;
  language: string;
  url: string | null;
  title: string | null;
  published_on: string | null;
  /** 1 when the pipeline (not the seed or a reviewer) tied this article to a claim about this subject. */
  machine: number;
  /** How many sources the subject has in all (the dossier shows at most SOURCES_SHOWN of them). */
  total?: number;
  /** The original report this article copies (syndication), else the article itself. */
  root?: string | null;
  /** 1 when this article's claims state the commitment's current status (or its date); 0 otherwise. */
  supports?: number | null;
}

export interface SectorRow {
  slug: string;
  position: number;
  labels: string;
}

/** The distinct values sources claim for one field of one subject (JSON array in `vals`). */
export interface ClaimedRow {
  subject_type: string;
  subject_id: string;
  predicate: string;
  vals: string;
}
