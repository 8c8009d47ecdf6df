import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { readJson, readProblem } from "../helpers/http";
import { ClaimSchema, FeedListSchema, FeedSchema } from "../../src/schemas/admin";

const TOKEN = "test-admin-token";
const call = (path: string, init: RequestInit = {}, token: string | null = TOKEN) =>
  exports.default.fetch(
    new Request(`https://bilateral.test${path}`, {
      redirect: "manual",
      ...init,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    }),
  );
const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

async function problemCode(res: Response): Promise<string> {
  expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  expect(res.headers.get("cache-control")).toBe("no-store");
  return (await readProblem(res)).code;
}

describe("admin authorization", () => {
  it("answers 401 with a WWW-Authenticate challenge for a missing or wrong token", async ({ expect }) => {
    const missing = await call("/v1/admin/feeds", {}, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect(await problemCode(missing)).toBe("unauthorized");
    for (const bad of ["wrong", `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      expect((await call("/v1/admin/feeds", {}, bad)).status).toBe(401);
    }
    expect((await call("/v1/admin/feeds", { headers: { authorization: `Basic ${btoa("a:b")}` } }, null)).status).toBe(
      401,
    );
  });

  it("fails closed with 503 when no token is configured", async ({ expect }) => {
    const res = await app.fetch(
      new Request("https://bilateral.test/v1/admin/feeds", { headers: { authorization: "Bearer anything" } }),
      { ...env, ADMIN_TOKEN: "" },
      {
        waitUntil: () => {},
        passThroughOnException: () => {},
        props: {},
      },
    );
    expect(res.status).toBe(503);
    expect(await problemCode(res)).toBe("admin-disabled");
  });

  it("never caches admin responses", async ({ expect }) => {
    const res = await call("/v1/admin/jobs");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("admin input validation", () => {
  it("refuses malformed JSON, wrong media types, wrong shapes and non-http URLs, storing nothing", async ({
    expect,
  }) => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>();
    const malformed = await call("/v1/admin/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(await problemCode(malformed)).toBe("malformed-json");
    const media = await call("/v1/admin/articles", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    expect(media.status).toBe(415);
    const cases: [unknown, string][] = [
      [{}, "body"],
      [{ text: "a", html: "<p>b</p>" }, "body"],
      [{ text: 42 }, "body.text"],
      [{ text: "x", url: "javascript:alert(1)" }, "body.url"],
      [{ text: "x", url: "ftp://example.org/a" }, "body.url"],
      [{ text: "x", publishedAt: "yesterday" }, "body.publishedAt"],
      [{ text: "x", extra: true }, "body.extra"],
      [[1, 2, 3], "body"],
    ];
    for (const [body, path] of cases) {
      const res = await call("/v1/admin/articles", json(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const problem = await readProblem(res);
      expect(problem.code).toBe("validation-failed");
      expect(
        (problem.errors ?? []).some((e) => e.path === path || e.path.startsWith(`${path}.`)),
        JSON.stringify(problem.errors),
      ).toBe(true);
    }
    const after = await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it("answers 413 above 1 MB and 422 for empty, binary or too deeply nested text", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const big = await call("/v1/admin/articles", json({ text: "a".repeat(1024 * 1024 + 10) }));
    expect(big.status).toBe(413);
    expect(await problemCode(big)).toBe("payload-too-large");
    const blank = await call("/v1/admin/articles", json({ text: "   \n\t  " }));
    expect(blank.status).toBe(422);
    const deep = await call(
      "/v1/admin/articles",
      json({ html: `${"<div>".repeat(5000)}<p>Kazakhstan and Morocco met.</p>${"</div>".repeat(5000)}` }),
    );
    expect(deep.status).toBe(422);
    expect(await problemCode(deep)).toBe("unprocessable-content");
    const binary = await call("/v1/admin/articles", json({ text: "\u0000\u0001\u0002PNG\u0000\u0003".repeat(50) }));
    expect(binary.status).toBe(422);
    expect(await problemCode(binary)).toBe("unprocessable-content");
  });
});

describe("admin feeds and jobs", () => {
  it("adds, lists and deletes feeds; the same URL twice is one feed", async ({ expect }) => {
    const first = await call(
      "/v1/admin/feeds",
      json({ url: "https://feeds.example/rss", pair: "ma-kz", outlet: "Example Wire" }),
    );
    expect(first.status).toBe(201);
    const feed = await readJson(first, FeedSchema);
    expect(feed.pair).toBe("KZ-MA");
    expect((await call("/v1/admin/feeds", json({ url: "https://feeds.example/rss" }))).status).toBe(200);
    expect((await call("/v1/admin/feeds", json({ url: "https://feeds.example/x", pair: "XX-YY" }))).status).toBe(400);
    const list = await readJson(await call("/v1/admin/feeds"), FeedListSchema);
    expect(list.feeds.map((f) => f.id)).toEqual([feed.id]);
    expect((await call(`/v1/admin/feeds/${feed.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/v1/admin/feeds/${feed.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await call("/v1/admin/feeds/abc", { method: "DELETE" })).status).toBe(400);
  });
});

describe("claim review", () => {
  it("confirms, corrects and rejects a claim, keeping the history; reviewed beats machine", async ({ expect }) => {
    await env.DB.prepare(
      `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
       VALUES ('cl_test_machine', 'KZ-MA', 'commitment', 'cm_kzma_grain_hub', 'status', 'agreed', 'machine', 0.6, 'unreviewed', 'now', 'now')`,
    ).run();
    const v0 =
      (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ??
      0;
    // Each review sends the claim's current ETag (If-Match), as a reviewer's client would after reading it.
    const patch = async (body: unknown) => {
      const etag = (await call("/v1/admin/claims/cl_test_machine")).headers.get("etag") ?? "";
      return call("/v1/admin/claims/cl_test_machine", {
        ...json(body),
        method: "PATCH",
        headers: { "content-type": "application/json", "if-match": etag },
      });
    };
    // Correcting to a value another claim already states would merge two facts: refused, nothing changed.
    const collision = await patch({ action: "correct", value: "discussed" });
    expect(collision.status).toBe(409);
    const corrected = await patch({ action: "correct", value: "proposed", note: "Proposed, not agreed." });
    expect(corrected.status).toBe(200);
    expect(await readJson(corrected, ClaimSchema)).toMatchObject({
      value: "proposed",
      origin: "reviewed",
      review: "corrected",
      confidence: 1,
      history: [{ action: "correct", previousValue: "agreed", newValue: "proposed" }],
    });
    // The correction reaches the record: the commitment itself is now 'proposed', by a reviewer, with a dated step.
    const cm = await env.DB.prepare("SELECT status, origin FROM commitments WHERE id = 'cm_kzma_grain_hub'").first();
    expect(cm).toEqual({ status: "proposed", origin: "reviewed" });
    const step = await env.DB.prepare(
      "SELECT actor FROM commitment_status_history WHERE commitment_id = 'cm_kzma_grain_hub' AND status = 'proposed'",
    ).first();
    expect(step).toEqual({ actor: "reviewed" });
    const invalid = await patch({ action: "correct", value: "kind of agreed" });
    expect(invalid.status).toBe(400);
    expect((await readProblem(invalid)).errors?.[0]?.path).toBe("body.value");
    const rejected = await readJson(await patch({ action: "reject" }), ClaimSchema);
    expect(rejected.review).toBe("rejected");
    expect(rejected.history).toHaveLength(2);
    const v1 =
      (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ??
      0;
    expect(v1).toBeGreaterThan(v0);
    const last = await env.DB.prepare("SELECT entity_id, action FROM changes ORDER BY seq DESC LIMIT 1").first();
    expect(last).toEqual({ entity_id: "cl_test_machine", action: "retracted" });
    expect((await patch({ action: "correct" })).status).toBe(400);
    expect((await call("/v1/admin/claims/cl_nope", { ...json({ action: "confirm" }), method: "PATCH" })).status).toBe(
      404,
    );
    expect(
      (await call("/v1/admin/claims/not-a-claim", { ...json({ action: "confirm" }), method: "PATCH" })).status,
    ).toBe(400);
  });
});
