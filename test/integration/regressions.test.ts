import { env } from "cloudflare:workers";
import { afterEach, describe, it, vi } from "vitest";
import { pollFeed } from "../../src/jobs/poll-feed";
import { loadPipeline } from "../../src/ingest/load";
import { fixture, inputOf } from "../unit/ingest/fixtures";
import { get, ORIGIN, readProblem } from "../helpers/http";

const admin = (path: string, method: string, body: unknown) =>
  get(path, {
    method,
    headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("found in review", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers 404, not 500, to an oEmbed URL with a malformed percent-escape", async ({ expect }) => {
    const res = await get(`/oembed?url=${encodeURIComponent(`${ORIGIN}/pairs/%E0`)}`);
    expect(res.status).toBe(404);
  });

  it("keeps query parameters outside the cache variant out of the Atom body", async ({ expect }) => {
    const poisoned = await (await get("/v1/pairs/KZ-MA/feed.atom?x=%22%3E%3Cpwn%3E")).text();
    expect(poisoned).not.toContain("pwn");
    const plain = await (await get("/v1/pairs/KZ-MA/feed.atom")).text();
    expect(plain).not.toContain("pwn");
    expect(plain).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}/v1/pairs/KZ-MA/feed.atom"/>`);
  });

  it("redirects a percent-encoded non-canonical pair to the canonical URL, not to itself", async ({ expect }) => {
    const res = await get("/v1/pairs/MA%2DKZ?lang=fr");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/v1/pairs/KZ-MA?lang=fr");
  });

  it("refuses an impossible publication date", async ({ expect }) => {
    const res = await admin("/v1/admin/articles", "POST", {
      text: "Kazakhstan and Morocco met.",
      publishedAt: "2025-02-30",
    });
    expect(res.status).toBe(400);
    expect((await readProblem(res)).errors?.[0]?.path).toBe("body.publishedAt");
  });

  it("shows a claim review at once in the isolate that wrote it", async ({ expect }) => {
    const before = await get("/v1/pairs/KZ-MA/export.ndjson");
    const line = (await before.text())
      .split("\n")
      .find((l) => l.includes('"cl_seed_commitment_cm_kzma_culture_status"'));
    expect(line).toContain('"review":"confirmed"');
    const claim = "/v1/admin/claims/cl_seed_commitment_cm_kzma_culture_status";
    const etag = (await get(claim, { headers: { authorization: "Bearer test-admin-token" } })).headers.get("etag");
    const patched = await get(claim, {
      method: "PATCH",
      headers: { authorization: "Bearer test-admin-token", "content-type": "application/json", "if-match": etag ?? "" },
      body: JSON.stringify({ action: "reject", note: "test" }),
    });
    expect(patched.status).toBe(200);
    const after = await get("/v1/pairs/KZ-MA/export.ndjson");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(
      (await after.text()).split("\n").find((l) => l.includes('"cl_seed_commitment_cm_kzma_culture_status"')),
    ).toContain('"review":"rejected"');
  });

  it("keeps only reports about its pair from a feed restricted to one", { timeout: 30_000 }, async ({ expect }) => {
    const feed = await env.DB.prepare(
      "INSERT INTO feeds (url, pair, next_poll_at, created_at) VALUES ('https://only.example/rss', 'DE-FR', 'x', 'x') RETURNING id",
    ).first<{ id: number }>();
    const item = (n: string) => {
      const f = inputOf(fixture(n));
      return `<item><guid>${n}</guid><title>${n}</title><description>${(f.text ?? "").replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</description></item>`;
    };
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${item("en-position-visa")}</channel></rss>`;
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response(rss));
    const before = await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>();
    const outcome = await pollFeed(env, loadPipeline, feed?.id ?? 0, new Date());
    expect(outcome).toMatchObject({ items: 0, error: null, pairs: [] });
    expect(await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>()).toEqual(before);
    // The item is remembered, so it is not read again.
    expect(
      await env.DB.prepare("SELECT guid, article_id FROM feed_items WHERE feed_id = ?1")
        .bind(feed?.id ?? 0)
        .first(),
    ).toEqual({ guid: "en-position-visa", article_id: null });
  });
});
