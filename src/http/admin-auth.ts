/**
 * Admin authorization: `Authorization: Bearer <ADMIN_TOKEN>`. Fails closed: with no token configured
 * every admin route answers 503; a missing or wrong token answers 401. Tokens are compared in constant
 * time (both sides hashed first, so lengths never leak either).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}

/** Constant-time equality of two secrets. */
export async function secretEquals(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  return crypto.subtle.timingSafeEqual(x, y);
}

/** Middleware guarding /v1/admin: 503 when unconfigured, 401 when unauthorized. */
export function adminAuth(): MiddlewareHandler<AppEnv> {
  return async function adminAuthMiddleware(c, next) {
    const expected = c.env.ADMIN_TOKEN;
    if (!expected) throw new ProblemError("admin-disabled", "The admin API is disabled: no ADMIN_TOKEN is configured.");
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    if (!match?.[1] || !(await secretEquals(match[1], expected))) {
      throw new ProblemError("unauthorized", "A valid bearer token is required.", {
        headers: { "www-authenticate": 'Bearer realm="bilateral-admin"' },
      });
    }
    await next();
  };
}
