/**
 * The API description: /openapi.json (generated) and /docs, a reference page rendered on the server.
 * (Scalar's interactive page loaded its script from a CDN and ran inline script, which the pages' strict
 * CSP forbids; tools that want an interactive view can load /openapi.json.)
 */
import { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { openApiDocument } from "../openapi/document";
import { allRoutes, defineRoute } from "../openapi/registry";
import { ApiReference } from "../pages/api-reference";
import { renderPage } from "../pages/layout";

export const docs = new Hono<AppEnv>();

docs.get(
  defineRoute({
    method: "get",
    path: "/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tags: ["meta"],
    responses: { 200: { description: "OpenAPI document", contentType: "application/json" } },
  }).path,
  (c) => {
    c.header("cache-control", "public, max-age=300");
    c.header("access-control-allow-origin", "*");
    return c.json(openApiDocument(new URL(c.req.url).origin));
  },
);

docs.get(
  defineRoute({
    method: "get",
    path: "/docs",
    summary: "API reference page, rendered from the same registry as /openapi.json",
    tags: ["meta"],
    responses: { 200: { description: "HTML page", contentType: "text/html" } },
  }).path,
  async (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.html(await renderPage(ApiReference({ routes: allRoutes() })));
  },
);
