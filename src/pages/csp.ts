/**
 * Content-Security-Policy of the human pages: our own origin only, no script at all (the pages need none;
 * JSON-LD is a data block, which CSP does not run), the one inline stylesheet allowed by its hash, and no
 * framing. The framable widget surfaces set their own policy (widgets/headers.ts: `frame-ancestors *`).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env";
import { CSS } from "./layout";
import { isWidgetPath } from "../widgets/headers";

/** `'sha256-…'` of a text, the CSP source that allows exactly that inline content. */
export async function cspHash(text: string): Promise<string> {
  const buf = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let bin = "";
  for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
  return `'sha256-${btoa(bin)}'`;
}

let policy: Promise<string> | undefined;

/** The pages' policy (the stylesheet's hash computed once per isolate). */
export function pageCsp(): Promise<string> {
  policy ??= cspHash(CSS).then((styleHash) =>
    [
      "default-src 'none'",
      `style-src ${styleHash}`,
      "script-src 'none'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  return policy;
}

/** Middleware giving every HTML response outside the widget surfaces the pages' policy. */
export function pageCspHeaders(): MiddlewareHandler<AppEnv> {
  return async function pageCspMiddleware(c, next) {
    await next();
    if (isWidgetPath(c.req.path) || c.res.headers.has("content-security-policy")) return;
    if (!(c.res.headers.get("content-type") ?? "").startsWith("text/html")) return;
    c.res.headers.set("content-security-policy", await pageCsp());
  };
}
