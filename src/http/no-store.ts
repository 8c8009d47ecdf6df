/** The cache policy of private surfaces (admin): never stored by a browser, a CDN or our edge cache. */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";

/**
 * Marks every response of a sub-app `Cache-Control: no-store` (use: `admin.use("*", noStore())`) and drops
 * Last-Modified. An ETag stays: on admin routes it is a version for If-Match (optimistic concurrency on claim
 * reviews), and no-store already keeps every cache from storing the response it came with.
 */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async function noStoreMiddleware(c, next) {
    await next();
    c.res.headers.set("cache-control", "no-store");
    c.res.headers.set("cache-status", "bilateral; fwd=bypass");
    c.res.headers.delete("last-modified");
  };
}
