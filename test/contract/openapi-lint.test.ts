/**
 * The OpenAPI document under both linters, offline: Redocly's `recommended` rules (0 errors, 0 warnings)
 * and Spectral's `spectral:oas` (0 errors). The document is generated here, in Node, from the same route
 * registry the worker serves /openapi.json from; the server URL is the public one, so no rule override is needed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, it } from "vitest";

// Imported by name so that the Node tsconfig does not type-check the worker's sources (they need workerd's
// types; tsconfig.json checks them). Importing the app registers every route; the document reads the registry.
const APP = "../../src/app";
const DOCUMENT = "../../src/openapi/document";
const { app } = (await import(APP)) as { app: { routes: unknown[] } };
const { openApiDocument } = (await import(DOCUMENT)) as { openApiDocument: (origin: string) => unknown };

const dir = mkdtempSync(join(tmpdir(), "bilateral-openapi-"));
const file = join(dir, "openapi.json");
if (app.routes.length === 0) throw new Error("no routes registered");
writeFileSync(file, JSON.stringify(openApiDocument("https://bilateral.dev"), null, 2));
writeFileSync(join(dir, ".spectral.yaml"), 'extends: ["spectral:oas"]\n');

// No telemetry, no update check: the test must pass with networking off.
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
const bin = (name: string) => join(process.cwd(), "node_modules/.bin", name);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the OpenAPI document", () => {
  it("passes redocly lint with the recommended rules: no error, no warning", ({ expect }) => {
    const run = spawnSync(bin("redocly"), ["lint", "--extends", "recommended", "--format", "json", file], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });

  it("passes spectral lint with spectral:oas: no error", ({ expect }) => {
    const run = spawnSync(
      bin("spectral"),
      ["lint", file, "--ruleset", join(dir, ".spectral.yaml"), "-f", "json", "-q"],
      {
        cwd: dir,
        env,
        encoding: "utf8",
      },
    );
    const results = JSON.parse(run.stdout || "[]") as { code: string; severity: number; path: string[] }[];
    // Spectral severities: 0 error, 1 warning, 2 info, 3 hint.
    expect(results.filter((r) => r.severity === 0)).toEqual([]);
    expect(run.status).toBe(0);
  });
});
