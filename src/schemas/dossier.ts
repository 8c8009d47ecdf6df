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
  ORIGINS,
  STANCES,
  TRACK_STATUSES,
} from "./vocabulary";

const NullableDate = v.nullable(v.string());
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
  sourceCount: v.number(),
  origin: Origin,
});

export const StatusStepSchema = v.object({ status: v.string(), on: NullableDate });

export const CommitmentSchema = v.object({
  id: v.string(),
  track: v.string(),
  kind: v.picklist(COMMITMENT_KINDS),
  title: v.string(),
  status: v.picklist(COMMITMENT_STATUSES),
  signedOn: NullableDate,
  effectiveOn: NullableDate,
  history: v.array(StatusStepSchema),
  origin: Origin,
  sources: v.array(SourceSchema),
  conflicts: v.array(ConflictSchema),
});

export const EventSchema = v.object({
  id: v.string(),
  date: v.string(),
  endDate: NullableDate,
  dateEvidence: v.picklist(DATE_EVIDENCE),
  kind: v.picklist(EVENT_KINDS),
  place: v.nullable(v.string()),
  title: v.string(),
  tracks: v.array(v.string()),
  origin: Origin,
  sources: v.array(SourceSchema),
  conflicts: v.array(ConflictSchema),
});

export const PositionSchema = v.object({
  holder: v.string(),
  holderName: v.string(),
  issue: v.string(),
  stance: v.picklist(STANCES),
  statement: v.string(),
  firstStated: v.string(),
  lastReaffirmed: v.string(),
  origin: Origin,
  sources: v.array(SourceSchema),
  conflicts: v.array(ConflictSchema),
});

export const DossierSchema = v.object({
  pair: v.string(),
  lang: v.picklist(LOCALES),
  countries: v.array(CountrySchema),
  version: v.number(),
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
