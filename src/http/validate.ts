/**
 * The one validation wrapper: every param, query and body goes through valibot here, and a failure
 * becomes a problem+json `validation-failed` listing each field's path and message (never the input).
 */
import type { Context, Env, MiddlewareHandler, ValidationTargets } from "hono";
import { validator } from "hono/validator";
import * as v from "valibot";
import { type FieldError, ProblemError } from "./problem";

type Target = keyof ValidationTargets;

/** Converts valibot issues to our `errors` array, with the input's dot path (`query.lang`). */
export function fieldErrors(target: string, issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return { path: path ? `${target}.${path}` : target, message: issue.message };
  });
}

/** Parses a value with a schema or throws `validation-failed`. */
export function parseOrThrow<S extends v.GenericSchema>(target: string, schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    throw new ProblemError("validation-failed", `The ${target} did not validate.`, {
      errors: fieldErrors(target, result.issues),
    });
  }
  return result.output;
}

/** Hono validator middleware for one target, checked with a valibot schema. */
export function valid<T extends Target, S extends v.GenericSchema, E extends Env, P extends string>(
  target: T,
  schema: S,
): MiddlewareHandler<E, P, { in: { [K in T]: v.InferInput<S> }; out: { [K in T]: v.InferOutput<S> } }> {
  // biome-ignore lint/suspicious/noExplicitAny: hono's validator generics cannot be expressed without widening here.
  return validator(target, (value: unknown, _c: Context) => parseOrThrow(target, schema, value)) as any;
}
