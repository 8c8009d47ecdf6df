/**
 * Per-client rate limits through the Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml):
 * a tight one on every admin request (counted before authentication, so failed guesses use it up) and a
 * generous one on public reads that miss the cache (hits cost no D1 read and are not limited).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/** The binding's period, in seconds: what `Retry-After` tells a limited client. */
export const RATE_PERIOD_SECONDS = 60;

/** The client a limit counts against: the connecting IP Cloudflare reports (one shared key without it). */
export function clientKey(req: Request): string {
  return req.headers.get("cf-connecting-ip") ?? "unknown";
}

/** Throws 429 (with Retry-After) when `limiter` refuses `key`; a missing binding limits nothing. */
export async function enforceRate(limiter: RateLimit | undefined, scope: string, key: string): Promise<void> {
  if (!limiter) return;
  const { success } = await limiter.limit({ key: `${scope}:${key}` });
  if (!success)
    throw new ProblemError("too-many-requests", `Too many ${scope} requests from this client; retry later.`, {
      headers: { "retry-after": String(RATE_PERIOD_SECONDS) },
    });
}

/** Middleware limiting every admin request per client, before authentication. */
export function adminRateLimit(): MiddlewareHandler<AppEnv> {
  return async function adminRateLimitMiddleware(c, next) {
    await enforceRate(c.env.ADMIN_RATE_LIMIT, "admin", clientKey(c.req.raw));
    await next();
  };
}
