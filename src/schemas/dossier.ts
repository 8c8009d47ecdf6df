/**
 * The dossier's public JSON: field names here are a contract (see README). OpenAPI is generated from these.
 */
import * as v from "valibot";
import { LOCALES } from "../i18n/locales";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DATE_EVIDENCE,
  EVENT_KINDS,
  LEGAL_FORMS,
  ORIGINS,
  STANCES,
  TRACK_STATUSES,
} from "./vocabulary";

/** `YYYY-MM-DD` (OpenAPI `format: date`). */
const DateSchema = v.pipe(v.string(), v.isoDate());
const NullableDate = v.nullable(DateSchema);
/** Counts and versions are whole numbers (OpenAPI `type: integer`). */
const Int = v.pipe(v.number(), v.integer());
const Origin = v.picklist(ORIGINS);

export const SourceSchema = v.object({
  articleId: v.string(),
  outlet: v.string(),
  language: v.string(),
  url: v.nullable(v.string()),
  title: v.nullable(v.string()),
  publishedOn: NullableDate,
  machineCoded: v.boolean(),
});
export type SourceOutput = v.InferOutput<typeof SourceSchema>;

/** A field whose sources disagree: every value stated, the record's own first. Conflicts are kept, never overwritten. */
export const ConflictSchema = v.object({ field: v.string(), values: v.array(v.string()) });

export const CountrySchema = v.object({ code: v.string(), name: v.string() });

export const TrackSchema = v.object({
  slug: v.string(),
  sector: v.string(),
  sectorLabel: v.string(),
  title: v.string(),
  status: v.picklist(TRACK_STATUSES),
  lastActivity: NullableDate,
  sourceCount: Int,
  origin: Origin,
});

export const StatusStepSchema = v.object({ status: v.string(), on: NullableDate });

export const CommitmentSchema = v.object({
  id: v.string(),
  track: v.string(),
  kind: v.picklist(COMMITMENT_KINDS),
  /** The instrument's legal form ("is it binding?"); null when no source names one. */
  legalForm: v.pipe(
    v.nullable(v.picklist(LEGAL_FORMS)),
    v.description(
      "The legal form of the instrument recording it (a treaty or agreement binds; a memorandum or programme records intent; a declaration or joint statement states a policy); null when no source names one.",
    ),
  ),
  instruments: v.pipe(
    Int,
    v.minValue(1),
    v.description(
      'How many instruments it stands for: 1, or a batch its sources count without telling its instruments apart ("seven memoranda were signed"), less those they name on their own, which are commitments of their own.',
    ),
  ),
  title: v.string(),
  status: v.picklist(COMMITMENT_STATUSES),
  signedOn: NullableDate,
  effectiveOn: NullableDate,
  history: v.array(StatusStepSchema),
  origin: Origin,
  independentSources: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.description(
      "Sources that are not copies of each other: a syndicated copy or wire rewrite counts with its original.",
    ),
  ),
  officialSource: v.pipe(
    v.boolean(),
    v.description("Whether any source is official: a foreign ministry, a government or a state news agency."),
  ),
  singleSource: v.pipe(
    v.boolean(),
    v.description(
      "True when only one independent source supports the current status: treat a signature or entry into force so known with care unless officialSource.",
    ),
  ),
  /** The newest SOURCES_SHOWN (20) sources; the rest through the subject's paged `/sources` route. */
  sources: v.array(SourceSchema),
  /** How many sources exist in all (may exceed `sources.length`). */
  sourceCount: v.pipe(v.number(), v.integer()),
  conflicts: v.array(ConflictSchema),
});

export const EventSchema = v.object({
  id: v.string(),
  date: DateSchema,
  endDate: NullableDate,
  dateEvidence: v.picklist(DATE_EVIDENCE),
  kind: v.picklist(EVENT_KINDS),
  place: v.nullable(v.string()),
  title: v.string(),
  tracks: v.array(v.string()),
  origin: Origin,
  /** The newest SOURCES_SHOWN (20) sources; the rest through the subject's paged `/sources` route. */
  sources: v.array(SourceSchema),
  /** How many sources exist in all (may exceed `sources.length`). */
  sourceCount: v.pipe(v.number(), v.integer()),
  conflicts: v.array(ConflictSchema),
});

export const PositionSchema = v.object({
  /** Stable id, also the position's anchor on the dossier page and in the Atom feed's links. */
  id: v.string(),
  holder: v.string(),
  holderName: v.string(),
  /** Stable issue slug (for machines); `issueName` is how readers see it. */
  issue: v.string(),
  issueName: v.string(),
  stance: v.picklist(STANCES),
  statement: v.string(),
  firstStated: DateSchema,
  lastReaffirmed: DateSchema,
  origin: Origin,
  sources: v.array(SourceSchema),
  conflicts: v.array(ConflictSchema),
});

export const DossierSchema = v.object({
  pair: v.string(),
  lang: v.picklist(LOCALES),
  countries: v.array(CountrySchema),
  version: Int,
  updatedAt: v.string(),
  tracks: v.array(TrackSchema),
  commitments: v.array(CommitmentSchema),
  events: v.array(EventSchema),
  eventsNextCursor: v.nullable(v.string()),
  positions: v.array(PositionSchema),
  links: v.record(v.string(), v.string()),
});
export type DossierOutput = v.InferOutput<typeof DossierSchema>;
export type TrackOutput = v.InferOutput<typeof TrackSchema>;
export type CommitmentOutput = v.InferOutput<typeof CommitmentSchema>;
export type EventOutput = v.InferOutput<typeof EventSchema>;
export type PositionOutput = v.InferOutput<typeof PositionSchema>;

export const EventPageSchema = v.object({
  pair: v.string(),
  events: v.array(EventSchema),
  nextCursor: v.nullable(v.string()),
});

export const CommitmentListSchema = v.object({ pair: v.string(), commitments: v.array(CommitmentSchema) });

export const TrackDetailSchema = v.object({
  pair: v.string(),
  track: TrackSchema,
  commitments: v.array(CommitmentSchema),
  events: v.array(EventSchema),
});

/** One page of an event's or commitment's sources, newest first. */
export const SourcePageSchema = v.object({
  pair: v.string(),
  subject: v.object({ type: v.picklist(["event", "commitment"]), id: v.string() }),
  sourceCount: v.pipe(v.number(), v.integer()),
  sources: v.array(SourceSchema),
  nextCursor: v.nullable(v.string()),
});
