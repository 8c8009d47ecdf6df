/**
 * The domain's words, defined once. Types, valibot picklists, label keys, the SQL CASE expressions of the
 * store and the CHECK lists of schema.sql all derive from these constants (a test holds schema.sql to them).
 */

/** A commitment's forward lifecycle, in order: machine evidence only ever moves a commitment up it. */
export const COMMITMENT_LIFECYCLE = ["discussed", "proposed", "agreed", "signed", "ratified", "in_force"] as const;
export type LifecycleStatus = (typeof COMMITMENT_LIFECYCLE)[number];

/** Statuses outside the forward order: only a reviewer (or the seed) sets them, and machine evidence never moves them. */
export const COMMITMENT_HALTS = ["suspended", "terminated"] as const;

/** Every status a commitment can have. */
export const COMMITMENT_STATUSES = [...COMMITMENT_LIFECYCLE, ...COMMITMENT_HALTS] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** What kind of undertaking a commitment is. */
export const COMMITMENT_KINDS = ["agreement", "mechanism", "project", "cooperation", "declaration"] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/**
 * The legal form of a signed instrument, for "is it binding?": a treaty or agreement binds the states, a
 * memorandum of understanding or a programme records intent, a declaration or joint statement states a policy.
 */
export const LEGAL_FORMS = [
  "treaty",
  "agreement",
  "memorandum",
  "programme",
  "declaration",
  "joint-statement",
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** A track's status. */
export const TRACK_STATUSES = ["exploratory", "active", "established", "stalled", "concluded"] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

/** A country's stance on an issue. */
export const STANCES = ["supports", "opposes", "neutral", "recognizes", "calls-for"] as const;
export type Stance = (typeof STANCES)[number];

/** How an event's date is known, weakest first. */
export const DATE_EVIDENCE = ["published", "weekday", "explicit"] as const;
export type DateEvidence = (typeof DATE_EVIDENCE)[number];

/** What kind of happening an event is. */
export const EVENT_KINDS = ["meeting", "visit", "signing", "milestone", "session", "statement"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who put a record in the dossier. */
export const ORIGINS = ["seed", "machine", "reviewed"] as const;
export type Origin = (typeof ORIGINS)[number];

/** The rank of each value in an ordered vocabulary (its index): the one source of every order's numbers. */
export function ranksOf<const T extends string>(order: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(order.map((value, i) => [value, i])) as Record<T, number>;
}
