/**
 * Headers of the framable surfaces (/embed/*, /embed.js, /widget.js). The app's strict secureHeaders()
 * would send X-Frame-Options and CORP same-origin, which break embedding, so these paths get their own.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env";
import { embedStyleHash } from "./embed-style";

/** Whether a path is one of the widget surfaces that carry their own headers. */
export function isWidgetPath(path: string): boolean {
  return path.startsWith("/embed/") || path === "/embed.js" || path === "/widget.js";
}

/** The embed page's CSP: nothing but our hashed stylesheet, our own script and framing by anyone. */
export async function embedCsp(): Promise<string> {
  return [
    "default-src 'none'",
    `style-src ${await embedStyleHash()}`,
    "script-src 'self'",
    "img-src 'self' data:",
    "frame-ancestors *",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Sets the headers shared by every widget response (including its errors and redirects). */
export function widgetHeaders(): MiddlewareHandler<AppEnv> {
  return async function widgetHeadersMiddleware(c, next) {
    await next();
    const h = c.res.headers;
    h.set("x-content-type-options", "nosniff");
    h.set("referrer-policy", "strict-origin-when-cross-origin");
    // Hosts with COEP require-corp may only load us with an explicit cross-origin CORP.
    h.set("cross-origin-resource-policy", "cross-origin");
    h.delete("x-frame-options");
  };
}

/** The headers of JavaScript served to other sites. */
export const SCRIPT_HEADERS = {
  "content-type": "text/javascript; charset=utf-8",
  "cross-origin-resource-policy": "cross-origin",
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=3600",
} as const;
