/**
 * The public cached GETs, each declared (OpenAPI) and mounted in one call, so every one follows the same steps:
 * `pairGet` runs the pair-scoped protocol of pair-param.ts (`canonicalPair()`, the param and query validators,
 * `trackedPair()`) and serves through the pair's versioned cache; `globalGet` validates the query and serves
 * through the global version's cache. Either way the cache variant is the validated query (http/variant.ts).
 */
import type { Context, Hono } from "hono";
import type * as v from "valibot";
import { type CacheScope, cached } from "../http/cache";
import type { AppEnv } from "../http/env";
import { valid } from "../http/validate";
import { cacheVariant } from "../http/variant";
import { defineRoute, type ResponseSpec, type Route, type RouteSpec } from "../openapi/registry";
import { PairParamsSchema } from "../schemas/common";
import { canonicalPair, trackedPair } from "./pair-param";

type ObjectSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

/** Renders a representation on a cache miss. */
export type Build = () => Promise<Response>;

/**
 * A handler's answer, given after the checks that need no storage (those throw before the cache is asked):
 * the build, or the build with what its body depends on besides the query (the embed's day).
 */
export type Answer = Build | { also: Record<string, unknown>; build: Build };

/** A GET's declaration, less what the helper fills in (the method; for a pair, the pair param and 400/404). */
type GetSpec<P extends string, R, Q> = Omit<RouteSpec<P>, "method" | "params" | "query" | "responses"> & {
  query: Q;
  responses: R;
};

/** The pair-scoped answers every pair route documents (a route may word them its own way). */
const PAIR_PROBLEMS = {
  400: { description: "Malformed parameter" },
  404: { description: "Pair not tracked" },
} as const;

function serve(c: Context<AppEnv>, scope: CacheScope, query: object, answer: Answer): Promise<Response> {
  const { also, build } = typeof answer === "function" ? { also: {}, build: answer } : answer;
  return cached(c, scope, cacheVariant({ ...query, ...also }), build);
}

/**
 * Declares and mounts a pair-scoped GET. `spec.params` (the pair and any other path segment; the pair alone by
 * default) is validated once: a second param validator would replace the first's output.
 */
export function pairGet<
  P extends string,
  const R extends Record<number, ResponseSpec>,
  Q extends ObjectSchema,
  Pa extends ObjectSchema = typeof PairParamsSchema,
>(
  app: Hono<AppEnv>,
  spec: GetSpec<P, R, Q> & { params?: Pa },
  handler: (
    c: Context<AppEnv>,
    input: { pair: string; query: v.InferOutput<Q>; params: v.InferOutput<Pa> },
    route: Route<P, R>,
  ) => Answer,
): void {
  const params = spec.params ?? PairParamsSchema;
  const responses = { ...PAIR_PROBLEMS, ...spec.responses } as R;
  const route = defineRoute({ ...spec, method: "get", params, responses });
  app.get(route.path, canonicalPair(), valid("param", params), valid("query", spec.query), trackedPair(), (c) => {
    const pair = c.var.pair;
    const query = c.req.valid("query") as v.InferOutput<Q>;
    const input = { pair, query, params: c.req.valid("param") as v.InferOutput<Pa> };
    return serve(c, { kind: "pair", pair }, query, handler(c, input, route));
  });
}

/** Declares and mounts a GET over every pair (lists, seed data), cached by the global version. */
export function globalGet<P extends string, const R extends Record<number, ResponseSpec>, Q extends ObjectSchema>(
  app: Hono<AppEnv>,
  spec: GetSpec<P, R, Q>,
  handler: (c: Context<AppEnv>, query: v.InferOutput<Q>, route: Route<P, R>) => Answer,
): void {
  const route = defineRoute({ ...spec, method: "get" });
  app.get(route.path, valid("query", spec.query), (c) => {
    const query = c.req.valid("query") as v.InferOutput<Q>;
    return serve(c, { kind: "global" }, query, handler(c, query, route));
  });
}
