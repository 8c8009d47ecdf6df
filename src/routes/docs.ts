/** The API description: /openapi.json (generated) and /docs (Scalar's interactive reference). */
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { openApiDocument } from "../openapi/document";
import { defineRoute } from "../openapi/registry";

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
    summary: "Interactive API reference (Scalar) rendered from /openapi.json",
    tags: ["meta"],
    responses: { 200: { description: "HTML page", contentType: "text/html" } },
  }).path,
  Scalar({ url: "/openapi.json", pageTitle: "Bilateral API reference" }),
);
