import { env, exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import { validate } from "../helpers/json-schema";
import { readJson } from "../helpers/http";
import { ArticleResultSchema } from "../../src/schemas/admin";

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Json }>; headers?: Json }>;
  parameters: { name: string; in: string }[];
  security: unknown[];
}
interface Case {
  method: string;
  /** The documented path (the key in `paths`). */
  path: string;
  status: string;
  url: string;
  init?: RequestInit;
}

const ORIGIN = "https://bilateral.test";
const ADMIN = { authorization: "Bearer test-admin-token" };

/** Statuses no request from a test can provoke here, and why. Everything else documented must have a case. */
const UNREACHABLE: Record<string, string> = {
  default: "the 500 fallback: only an unexpected failure produces it",
  "503": "the admin API is disabled only when no ADMIN_TOKEN is configured; the tests always configure one",
};

/** The concrete URL of a documented path with the given path-parameter values. */
function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => values[name] ?? "x");
}

const GOOD: Record<string, string> = { pair: "KZ-MA", slug: "visa-exemption", id: "1" };

/** The request that should answer `status` on an operation (undefined when we have no recipe). */
function recipe(method: string, path: string, op: Operation, status: string): Case | undefined {
  const admin = op.security.length > 0;
  const headers: Record<string, string> = admin ? { ...ADMIN } : {};
  const base = { method, path, status };
  const hasPair = path.includes("{pair}");
  const query = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  // With the token: an admin path checks it before it looks at the method.
  if (status === "405") return { ...base, url: fill(path, GOOD), init: { method: "PUT", headers } };
  if (status === "401") return { ...base, url: fill(path, GOOD), init: { method: method.toUpperCase() } };
  if (method !== "get") return undefined; // admin writes: covered by their own test files
  if (status === "200") {
    const url = path === "/oembed" ? `/oembed?url=${encodeURIComponent(`${ORIGIN}/pairs/KZ-MA`)}` : fill(path, GOOD);
    return { ...base, url, init: { headers } };
  }
  if (status === "308" && hasPair) return { ...base, url: fill(path, { ...GOOD, pair: "MA-KZ" }) };
  if (status === "404" && hasPair) return { ...base, url: fill(path, { ...GOOD, pair: "DE-FR" }) };
  if (status === "404" && path === "/oembed")
    return { ...base, url: `/oembed?url=${encodeURIComponent(`${ORIGIN}/nowhere`)}` };
  if (status === "404" && path.includes("{id}"))
    return {
      ...base,
      url: fill(path, {
        ...GOOD,
        id: path.includes("claims")
          ? "cl_0000000000000000"
          : path.includes("/articles/")
            ? "ar_0000000000000000"
            : path.includes("/sources")
              ? "no-such-subject"
              : "999999",
      }),
      init: { headers },
    };
  if (status === "400") {
    if (hasPair) return { ...base, url: fill(path, { ...GOOD, pair: "XX-YY" }) };
    if (query.has("lang")) return { ...base, url: `${fill(path, GOOD)}?lang=xx` };
    if (query.has("limit")) return { ...base, url: `${fill(path, GOOD)}?limit=0` };
    if (query.has("maxwidth"))
      return { ...base, url: `/oembed?maxwidth=wide&url=${encodeURIComponent(`${ORIGIN}/pairs/KZ-MA`)}` };
    if (path.includes("{id}"))
      return {
        ...base,
        url: fill(path, { id: path.includes("claims") ? "not a claim id" : "abc" }),
        init: { headers },
      };
  }
  if (status === "501" && path === "/oembed")
    return { ...base, url: `/oembed?format=xml&url=${encodeURIComponent(`${ORIGIN}/pairs/KZ-MA`)}` };
  return undefined;
}

async function spec(): Promise<Json> {
  return (await (await exports.default.fetch(new Request(`${ORIGIN}/openapi.json`))).json()) as Json;
}

describe("every documented response", () => {
  it("answers with the documented status and a body that validates against its schema", async ({ expect }) => {
    const doc = await spec();
    const claim = await env.DB.prepare("SELECT id FROM claims ORDER BY id LIMIT 1").first<{ id: string }>();
    const claimId = claim?.id ?? "";
    const event = await env.DB.prepare("SELECT id FROM events WHERE pair = 'KZ-MA' ORDER BY id LIMIT 1").first<{
      id: string;
    }>();
    const commitment = await env.DB.prepare(
      "SELECT id FROM commitments WHERE pair = 'KZ-MA' ORDER BY id LIMIT 1",
    ).first<{ id: string }>();
    // An archived report, for the admin read-back route (seeded articles have no archived text).
    const posted = await exports.default.fetch(
      new Request(`${ORIGIN}/v1/admin/articles`, {
        method: "POST",
        headers: { ...ADMIN, "content-type": "application/json" },
        body: JSON.stringify({
          url: "https://fixture.test/openapi-archive",
          publishedAt: "2025-03-02",
          text: "A fictional brief written for this test: Kazakhstan and Morocco held talks in Rabat on Friday.",
        }),
      }),
    );
    const articleId = (await readJson(posted, ArticleResultSchema)).article.id;
    // A re-analysis job (an empty dry run: nothing goes on the queue), for the job progress route.
    const started = await exports.default.fetch(
      new Request(`${ORIGIN}/v1/admin/jobs/reanalyze`, {
        method: "POST",
        headers: { ...ADMIN, "content-type": "application/json" },
        body: JSON.stringify({ pair: "DE-FR", dryRun: true }),
      }),
    );
    const jobId = String(((await started.json()) as { job?: { id?: number } }).job?.id ?? "");
    const idFor = (path: string): string =>
      path.includes("/claims/")
        ? claimId
        : path.includes("/admin/articles/")
          ? articleId
          : path.includes("/admin/jobs/")
            ? jobId
            : path.includes("/events/")
              ? (event?.id ?? "")
              : path.includes("/commitments/")
                ? (commitment?.id ?? "")
                : "1";
    const paths = doc.paths as Record<string, Record<string, Operation>>;
    const checked: string[] = [];
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const status of Object.keys(op.responses)) {
          if (status in UNREACHABLE) continue;
          GOOD.id = idFor(path);
          const c = recipe(method, path, op, status);
          if (!c) {
            missing.push(`${method.toUpperCase()} ${path} ${status}`);
            continue;
          }
          const label = `${method.toUpperCase()} ${c.url} → ${status}`;
          const res = await exports.default.fetch(
            new Request(`${ORIGIN}${c.url}`, { redirect: "manual", ...c.init, method: c.init?.method ?? "GET" }),
          );
          expect.soft(String(res.status), label).toBe(status);
          const documented = op.responses[status]?.content ?? {};
          const type = (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
          if (Object.keys(documented).length === 0) {
            expect.soft(await res.text(), `${label}: documented without a body`).toBe("");
          } else {
            expect.soft(Object.keys(documented), label).toContain(type);
            const schema = documented[type]?.schema ?? {};
            if (/^application\/(.+\+)?json$/.test(type)) {
              expect.soft(validate(await res.json(), schema, doc), label).toEqual([]);
            } else {
              expect.soft(validate(await res.text(), schema, doc), label).toEqual([]);
            }
          }
          if (status === "405") expect.soft(res.headers.get("allow"), label).toContain(method.toUpperCase());
          checked.push(label);
        }
      }
    }
    // Admin writes (POST/PATCH/DELETE) have their statuses covered by the admin test files.
    expect(missing.filter((m) => !/^(POST|PATCH|DELETE) /.test(m))).toEqual([]);
    expect(checked.length).toBeGreaterThan(80);
  }, 120_000);
});
