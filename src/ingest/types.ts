/**
 * The contract between the pure ingestion pipeline (src/ingest/*) and the code that stores its result
 * (src/store/ingest.ts). `analyze()` turns one report into an `Analysis`; nothing here touches D1.
 */
import type { ArticleBody } from "../schemas/admin";
import type { CommitmentKind, DateEvidence, LegalForm, LifecycleStatus, Stance } from "../schemas/vocabulary";

/** A span of the analysed main text (offsets in UTF-16 code units into `Analysis.text`). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * One report as submitted by an admin or read from a feed: the admin body's type (`language` BCP 47, detected when
 * absent; `publishedAt` a date or an ISO 8601 date-time).
 */
export type ArticleInput = ArticleBody;

export interface CountryHit {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Salience: higher when named in the title/lead, often, and as a full name rather than a capital. */
  score: number;
  mentions: Span[];
}

export interface PairHit {
  /** Canonical pair key, e.g. 'KZ-MA'. */
  key: string;
  score: number;
}

export interface SectorHit {
  /** A sector slug from seed/sector-taxonomy.json. */
  slug: string;
  score: number;
  evidence: Span[];
}

export interface TrackHit {
  /** A track slug from seed/lexicons (e.g. 'visa-exemption'); the store keeps those the pair has. */
  slug: string;
  /** The sector the track belongs to (used when the pair has no such track yet). */
  sector: string;
  score: number;
  evidence: Span[];
}

export type { DateEvidence } from "../schemas/vocabulary";

export interface DateHit {
  /** YYYY-MM-DD */
  date: string;
  endDate?: string;
  evidence: DateEvidence;
  /** What the date is of, from the words around it. */
  role: "signing" | "entry-into-force" | "event" | "other";
  span?: Span;
  /** Stated as still to come ("will visit … on Friday", "next Tuesday"): never the happening reported. */
  future?: true;
  /** Ends a short line of its own near the top: the page's or byline's date, not the lead's. */
  pageDate?: true;
  /** …labelled as the day the report came out ("Published: 24/09/2025"), not a bare line that may be the day it is read. */
  published?: true;
  /** The day a stay began ("since Sunday") or a visitor arrived ("arrived on Sunday"; "aside": told in a relative clause), not a happening of its own. */
  onset?: "since" | "arrival" | "aside";
  /** Right after a verb of telling ("the ministry said on Tuesday"): the day it was told, the happening's only when
   * nothing else dates it. */
  toldOn?: true;
  /** Told after an anniversary or a commemoration ("the commemoration of the floods of 3 May 2021"): background. */
  background?: true;
  /** A "today" of the telling ("a source said today"): when the report was told, not the happening. */
  told?: true;
}

/** Machine evidence only ever states a step of the forward lifecycle. */
export type CommitmentStatus = LifecycleStatus;
export type { CommitmentKind } from "../schemas/vocabulary";

export interface CommitmentHit {
  kind: CommitmentKind;
  status: CommitmentStatus;
  /** The track slug it belongs to, when a track lexicon matched inside the quote or its sentence. */
  track?: string;
  sector: string;
  /** English title in the project's words, e.g. "Visa exemption agreement". */
  title: string;
  /** The legal form of the instrument, when the report names one ("memorandum of understanding" → memorandum). */
  legalForm?: LegalForm;
  signedOn?: string;
  effectiveOn?: string;
  /** The countries (ISO alpha-2) its own clause names as its parties, when it names any: a digest's pair it belongs to. */
  parties?: string[];
  /**
   * How many instruments it stands for, when more than one: a batch the report counts without telling its
   * instruments apart ("seven memoranda were signed", less those it names on their own).
   */
  instruments?: number;
  /** Told of an earlier time with no day ("a treaty signed in 2019"): its status steps are undated, never the report's day. */
  earlier?: true;
  quote: Span;
  confidence: number;
}

export interface PositionHit {
  /** ISO alpha-2 of the country holding the position. */
  holder: string;
  /** Issue slug from seed/lexicons, e.g. 'sahara-autonomy-plan'. */
  issue: string;
  stance: Stance;
  quote: Span;
  confidence: number;
}

export interface Analysis {
  /** ISO 639-1 ('en', 'fr', 'ar', ...). */
  language: string;
  /** The report's headline; without one, its event's composed title (then `titleComposed` is set). */
  title: string;
  /** The title was composed by us, not written by the outlet (so it is never stored as the article's title). */
  titleComposed?: true;
  /** Main text after boilerplate removal (what spans point into). */
  text: string;
  /** SHA-256 hex of the normalized text: same report, same hash. */
  contentHash: string;
  /** MinHash signature of word 3-shingles (for syndicated copies), and its LSH band keys. */
  minhash: number[];
  bands: string[];
  /** Publication date as YYYY-MM-DD, when known. */
  publishedOn?: string;
  countries: CountryHit[];
  /** The pairs the article is *about* (usually 0 or 1), best first. */
  pairs: PairHit[];
  sectors: SectorHit[];
  tracks: TrackHit[];
  dates: DateHit[];
  /** The best-evidenced date of the happening reported (explicit > weekday > published), if any. */
  eventDate?: DateHit;
  commitments: CommitmentHit[];
  positions: PositionHit[];
  /** Lower-cased people and places named (for clustering reports into events). */
  entities: string[];
  /** The main place of the happening, if named (e.g. 'Rabat'). */
  place?: string;
  /** The title of the event this report would start, per pair key, per locale: its headline or a composed one. */
  eventTitles?: Record<string, Record<string, string>>;
}

/** An existing event as the clusterer sees it. */
export interface EventCandidate {
  id: string;
  date: string;
  dateEvidence: DateEvidence;
  tracks: string[];
  entities: string[];
  place: string | null;
}
