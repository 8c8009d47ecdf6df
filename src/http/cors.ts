/**
 * CORS for the read-only JSON API: any origin may read /v1 (no credentials, nothing private), and the
 * preflight is answered here (204). Admin routes get no CORS headers: browsers of other sites cannot call them.
 */
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { safeDecodeURIComponent } from "../lib/decode";
import { methodsFor } from "../openapi/registry";
import type { AppEnv } from "./env";

/** Preflight lifetime: a day, the longest any browser honours (Chromium caps at 2 h, Firefox at 24 h). */
export const CORS_MAX_AGE = 86_400;

const readOnlyCors = cors({
  origin: "*",
  allowMethods: ["GET", "HEAD", "OPTIONS"],
  allowHeaders: ["If-None-Match", "If-Modified-Since", "Content-Type"],
  exposeHeaders: ["ETag", "Cache-Status", "Last-Modified"],
  maxAge: CORS_MAX_AGE,
});

/** CORS on /v1 except /v1/admin (mount with `app.use("/v1/*", publicCors())`). */
export function publicCors(): MiddlewareHandler<AppEnv> {
  return async function publicCorsMiddleware(c, next) {
    // The decoded path the router matches, not the raw one: /v1/%61dmin/feeds routes to the admin API.
    // Decoded once more (%2F too) for this decision, so no spelling of an admin path gets CORS headers.
    const path = c.req.path;
    const decoded = safeDecodeURIComponent(path) ?? path;
    if (/^\/v1\/admin([/%]|$)/i.test(path) || /^\/v1\/admin(\/|$)/i.test(decoded)) return next();
    // A preflight for a path nobody serves falls through to the 404.
    if (c.req.method === "OPTIONS" && methodsFor(path).length === 0) return next();
    return readOnlyCors(c, next);
  };
}
