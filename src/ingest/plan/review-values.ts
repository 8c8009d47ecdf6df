/**
 * What a reviewer's correction may say, per claim subject and predicate. A correction of one of these
 * claims also corrects the record itself (reviewed beats machine); other predicates only change the claim.
 */
import * as v from "valibot";
import { COMMITMENT_STATUSES, STANCES, TRACK_STATUSES } from "../../schemas/vocabulary";

const IsoDate = v.pipe(v.string(), v.isoDate("Expected a date as YYYY-MM-DD."));

/** Schemas of corrected values, keyed "subjectType/predicate". */
export const CORRECTABLE: Readonly<Record<string, v.GenericSchema<string, string>>> = {
  "commitment/status": v.picklist(COMMITMENT_STATUSES, "Not a commitment status."),
  "commitment/signed_on": IsoDate,
  "commitment/effective_on": IsoDate,
  "event/date": IsoDate,
  "position/stance": v.picklist(STANCES, "Not a stance."),
  "track/status": v.picklist(TRACK_STATUSES, "Not a track status."),
};

/** The error message of a corrected value that its record cannot hold, or undefined when it is acceptable. */
export function reviewValueError(subjectType: string, predicate: string, value: string): string | undefined {
  const schema = CORRECTABLE[`${subjectType}/${predicate}`];
  if (!schema) return undefined;
  const r = v.safeParse(schema, value);
  return r.success ? undefined : (r.issues[0]?.message ?? "Invalid value.");
}
