/** The valibot schema of an RFC 9457 problem body, so clients and tests parse errors by the same contract. */
import * as v from "valibot";
import { PROBLEMS, type ProblemCode } from "../http/problem";

const CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/** One problem+json body as `problemBody` builds it. */
export const ProblemSchema = v.object({
  type: v.pipe(v.string(), v.url()),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.string(),
  code: v.picklist(CODES),
  instance: v.optional(v.string()),
  errors: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
});
