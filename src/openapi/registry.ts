/**
 * The route registry: each public route declares its method, path and valibot schemas once, here.
 * The OpenAPI document is generated from it (openapi/document.ts), and the 405 handler reads it to know
 * which methods a path allows.
 */
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

/** Declares a route (call once at module load, next to its handler) and returns its path. */
export function defineRoute<P extends string>(spec: RouteSpec<P>): P {
  routes.push(spec as RouteSpec);
  return spec.path;
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
