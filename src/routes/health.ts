/** Liveness: a tiny JSON answer that touches no storage (also the benchmark's trivial route). */
import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../http/env";
import { defineRoute } from "../openapi/registry";

const HealthSchema = v.object({ status: v.literal("ok") });

export const health = new Hono<AppEnv>();

const healthRoute = defineRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness probe",
  tags: ["meta"],
  responses: { 200: { description: "The worker is up", schema: HealthSchema } },
});

health.get(healthRoute.path, (c) => healthRoute.json(c, 200, { status: "ok" }, { "cache-control": "no-store" }));
