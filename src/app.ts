/** The Hono app: middleware, error handling and the mounting of one sub-app per surface. */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { compression } from "./http/compression";
import { publicCors } from "./http/cors";
import type { AppEnv } from "./http/env";
import { ProblemError, problemResponse } from "./http/problem";
import { methodsFor } from "./openapi/registry";
import { pageCspHeaders } from "./pages/csp";
import { admin } from "./routes/admin";
import { docs } from "./routes/docs";
import { embed } from "./routes/embed";
import { favicon } from "./routes/favicon";
import { formats } from "./routes/formats";
import { health } from "./routes/health";
import { oembed } from "./routes/oembed";
import { pages } from "./routes/pages";
import { pairs } from "./routes/pairs";
import { sources } from "./routes/sources";
import { reference } from "./routes/reference";
import { widget } from "./routes/widget";
import { isWidgetPath } from "./widgets/headers";

export const app = new Hono<AppEnv>();

// Strict headers everywhere except the framable widget surfaces, which set their own (widgets/headers.ts).
const strictHeaders = secureHeaders();
app.use("*", function scopedSecureHeaders(c, next) {
  return isWidgetPath(c.req.path) ? next() : strictHeaders(c, next);
});
// A strict CSP on every HTML page, including error pages (widgets carry their own framable policy).
app.use("*", pageCspHeaders());
app.use("*", compression());
app.use("/v1/*", publicCors());

// One sub-app per surface, mounted at the root (its routes carry their full paths), in this order: Hono tries
// routes in the order they were added.
const SURFACES = [pairs, sources, reference, docs, health, favicon, admin, embed, widget, oembed, formats, pages];
for (const surface of SURFACES) app.route("/", surface);

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const allowed = methodsFor(path);
  if (allowed.length > 0 && !allowed.includes(c.req.method)) {
    return problemResponse(
      c,
      new ProblemError("method-not-allowed", `${c.req.method} is not allowed on ${path}.`, {
        headers: { allow: allowed.join(", ") },
      }),
    );
  }
  return problemResponse(c, new ProblemError("not-found", `Nothing lives at ${path}.`));
});

app.onError((err, c) => {
  if (err instanceof ProblemError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    // Hono raises these for malformed JSON bodies and similar protocol errors.
    if (err.status === 400)
      return problemResponse(c, new ProblemError("malformed-json", "The request body is not valid JSON."));
    if (err.status === 413)
      return problemResponse(c, new ProblemError("payload-too-large", "The request body is too large."));
    if (err.status === 401)
      return problemResponse(c, new ProblemError("unauthorized", "A valid bearer token is required."));
    return problemResponse(c, new ProblemError("bad-request", "The request could not be processed."));
  }
  // Unknown failures: details to the log only, never to the client.
  console.error("unhandled error", c.req.method, new URL(c.req.url).pathname, err);
  return problemResponse(c, new ProblemError("internal", "Something went wrong on our side. It has been logged."));
});
