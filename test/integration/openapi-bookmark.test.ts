/**
 * The admin API's read-your-writes bookmark is part of the contract: every admin operation documents the
 * `x-d1-bookmark` request header (optional, the D1 bookmark syntax) and returns it on its successful answers
 * (test/integration/read-replicas.test.ts checks that the served answers carry it).
 */
import { describe, it } from "vitest";
import "../../src/app";
import { openApiDocument } from "../../src/openapi/document";

type Op = {
  security?: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: { pattern?: string } }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
};

describe("the D1 bookmark in the OpenAPI document", () => {
  const doc = openApiDocument("https://bilateral.dev") as unknown as { paths: Record<string, Record<string, Op>> };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const admin = ops.filter(({ op }) => (op.security ?? []).length > 0);

  it("is a documented optional request header of every admin operation, and a header of its 2xx answers", ({
    expect,
  }) => {
    expect(admin.length).toBeGreaterThan(3);
    for (const { path, method, op } of admin) {
      const p = op.parameters.find((x) => x.name === "x-d1-bookmark");
      expect(p, `${method} ${path}`).toMatchObject({ in: "header", required: false });
      expect(p?.schema.pattern).toBeTruthy();
      for (const [status, res] of Object.entries(op.responses))
        if (/^2/.test(status)) expect(res.headers?.["x-d1-bookmark"], `${method} ${path} ${status}`).toBeTruthy();
    }
  });

  it("is absent from public operations, which read from any replica", ({ expect }) => {
    for (const { op } of ops.filter(({ op }) => (op.security ?? []).length === 0))
      expect(op.parameters.some((x) => x.name === "x-d1-bookmark")).toBe(false);
  });
});
