/**
 * Admin authorization: `Authorization: Bearer <ADMIN_TOKEN>`. Fails closed: with no token configured, or
 * with the published example token or a short one outside local development, every admin route answers 503; a missing or wrong token answers 401. Tokens are compared in constant
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

/** The token published in .dev.vars.example: fine on a laptop, never anywhere else. */
export const EXAMPLE_TOKEN = "local-dev-admin-token-change-me";
/** Shortest token accepted outside local development. */
export const MIN_TOKEN_LENGTH = 16;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why a configured token may not be used here, or null: outside local development (the request reaches
 * the Worker on a loopback host), the published example token and short tokens are refused.
 */
export function unsafeToken(token: string, requestUrl: string): string | null {
  if (LOOPBACK.has(new URL(requestUrl).hostname)) return null;
  if (token === EXAMPLE_TOKEN) return "ADMIN_TOKEN is the published example token";
  if (token.length < MIN_TOKEN_LENGTH) return `ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters`;
  return null;
}

/** Middleware guarding /v1/admin: 503 when unconfigured or unsafely configured, 401 when unauthorized. */
export function adminAuth(): MiddlewareHandler<AppEnv> {
  return async function adminAuthMiddleware(c, next) {
    const expected = c.env.ADMIN_TOKEN;
    if (!expected) throw new ProblemError("admin-disabled", "The admin API is disabled: no ADMIN_TOKEN is configured.");
    const unsafe = unsafeToken(expected, c.req.url);
    if (unsafe) {
      // Fail closed, and say why only in the log: the reason describes the secret.
      console.error(`admin API disabled: ${unsafe}`);
      throw new ProblemError("admin-disabled", "The admin API is disabled until a safe ADMIN_TOKEN is configured.");
    }
    const header = c.req.header("authorization") ?? "";
    // RFC 9110 §11.1: the auth scheme is case-insensitive ("bearer", "BEARER").
    const match = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(header);
    if (!match?.[1] || !(await secretEquals(match[1], expected))) {
      throw new ProblemError("unauthorized", "A valid bearer token is required.", {
        headers: { "www-authenticate": 'Bearer realm="bilateral-admin"' },
      });
    }
    await next();
  };
}
