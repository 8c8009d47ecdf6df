import { Hono } from "hono";
import * as v from "valibot";
import { describe, it } from "vitest";
import { defineRoute } from "../../src/openapi/registry";

const ResultSchema = v.object({ runId: v.nullable(v.number()), enqueued: v.number() });
const route = defineRoute({
  method: "get",
  path: "/__contract-test",
  summary: "A route used only by this test",
  tags: ["test"],
  responses: { 202: { description: "Enqueued", schema: ResultSchema }, 404: { description: "Not found" } },
});

describe("route definitions carry their response types", () => {
  it("sends the declared body with its status, and refuses others at compile time", async ({ expect }) => {
    const app = new Hono();
    app.get(route.path, (c) => route.json(c, 202, { runId: null, enqueued: 3 }, { "x-test": "1" }));
    // These lines are checked by `npm run check` (tsc), not run: each must stay a type error.
    const neverRun = (c: Parameters<typeof route.json>[0]) => [
      // @ts-expect-error a field the schema lacks
      route.json(c, 202, { runId: null, enqueued: 3, extra: true }),
      // @ts-expect-error a field of the wrong type
      route.json(c, 202, { runId: "r1", enqueued: 3 }),
      // @ts-expect-error a status whose response declares no JSON schema
      route.json(c, 404, { runId: null, enqueued: 3 }),
    ];
    expect(typeof neverRun).toBe("function");
    const res = await app.request(route.path);
    expect(res.status).toBe(202);
    expect(res.headers.get("x-test")).toBe("1");
    expect(v.parse(ResultSchema, await res.json())).toEqual({ runId: null, enqueued: 3 });
  });
});
