/**
 * The route registry: each public route declares its method, path and valibot schemas once, here.
 * The OpenAPI document is generated from it (openapi/document.ts), and the 405 handler reads it to know
 * which methods a path allows.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as v from "valibot";

export type Method = "get" | "post" | "patch" | "delete" | "put";

export interface ResponseSpec {
  description: string;
  /** JSON body schema (application/json); omit for non-JSON bodies. */
  schema?: v.GenericSchema;
  /** Content type when not JSON (text/html, text/calendar, ...). */
  contentType?: string;
}

export interface RouteSpec<P extends string = string> {
  method: Method;
  /** Hono-style path: /v1/pairs/:pair */
  path: P;
  summary: string;
  /** Longer prose for the reference; the summary stands in when absent. */
  description?: string;
  tags: string[];
  params?: v.ObjectSchema<v.ObjectEntries, undefined>;
  query?: v.ObjectSchema<v.ObjectEntries, undefined>;
  body?: v.GenericSchema;
  responses: Record<number, ResponseSpec>;
  /** `text/html` for pages that answer their errors as localized pages; problem+json otherwise. */
  errorContentType?: string;
  /** Requires the admin bearer token. */
  admin?: boolean;
}

const routes: RouteSpec[] = [];

/** The statuses of a route's responses that declare a JSON schema. */
type JsonStatus<R> = {
  [K in keyof R]: R[K] extends { schema: v.GenericSchema } ? (K extends number ? K : never) : never;
}[keyof R];

/** The body a route must send with a status: its schema's output type. */
export type ResponseBody<R, K extends keyof R> = R[K] extends { schema: infer S extends v.GenericSchema }
  ? v.InferOutput<S>
  : never;

/** A declared route: its path (for Hono) and a `json` that only accepts the body its schema declares. */
export interface Route<P extends string, R> {
  path: P;
  /**
   * Sends a JSON response whose body is type-checked against the schema declared for `status`, so a handler
   * cannot send a field the contract (and the OpenAPI document) lacks, nor miss one it promises.
   */
  json<K extends JsonStatus<R>>(
    c: Context,
    status: K,
    body: ResponseBody<R, K>,
    headers?: Record<string, string>,
  ): Response;
}

/** Declares a route (call once at module load, next to its handler). */
export function defineRoute<P extends string, const R extends Record<number, ResponseSpec>>(
  spec: RouteSpec<P> & { responses: R },
): Route<P, R> {
  routes.push(spec as RouteSpec);
  return {
    path: spec.path,
    json: (c, status, body, headers) => c.json(body, status as ContentfulStatusCode, headers),
  };
}

/**
 * Declares an admin route: tagged `admin` and marked as needing the bearer token (documented with its 401 and
 * 503). Mount it in the admin sub-app, behind its guards.
 */
export function defineAdminRoute<P extends string, const R extends Record<number, ResponseSpec>>(
  spec: Omit<RouteSpec<P>, "tags" | "admin"> & { responses: R },
): Route<P, R> {
  return defineRoute({ ...spec, tags: ["admin"], admin: true });
}

/** Every declared route. */
export function allRoutes(): readonly RouteSpec[] {
  return routes;
}

function pathRegex(path: string): RegExp {
  const pattern = path
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}/?$`);
}

const regexCache = new Map<string, RegExp>();

/** The methods declared for a concrete path (empty when no route has that path). */
export function methodsFor(pathname: string): string[] {
  const out = new Set<string>();
  for (const r of routes) {
    let re = regexCache.get(r.path);
    if (!re) {
      re = pathRegex(r.path);
      regexCache.set(r.path, re);
    }
    if (re.test(pathname)) out.add(r.method.toUpperCase());
  }
  if (out.has("GET")) out.add("HEAD");
  return [...out];
}
