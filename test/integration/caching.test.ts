import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { invalidateVersionMemo } from "../../src/http/cache";
import { memoryClear } from "../../src/http/memory-cache";
import { warmPair } from "../../src/jobs/warm";
import { get, ORIGIN } from "../helpers/http";

describe("edge cache of public GETs", () => {
  it("stores a miss and serves the second request as a hit", async ({ expect }) => {
    const first = await get("/v1/pairs/KZ-MA?lang=it");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-status")).toBe("bilateral; fwd=miss; stored");
    const body = await first.text();
    // The isolate's memory answers first; the Cache API answers a fresh isolate (simulated by clearing it).
    const second = await get("/v1/pairs/KZ-MA?lang=it");
    expect(second.headers.get("cache-status")).toBe("bilateral; hit; detail=memory");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await second.text()).toBe(body);
    expect(second.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=86400");
    memoryClear();
    const third = await get("/v1/pairs/KZ-MA?lang=it");
    expect(third.headers.get("cache-status")).toBe("bilateral; hit");
    expect(third.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await third.text()).toBe(body);
  });

  it("answers 304 to a matching If-None-Match (weak comparison) and 200 to another", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA");
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"KZ-MA\.v\d+\.lang=en"$/);
    const same = await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": etag } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe(etag);
    const weak = await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": `"nope", W/${etag}` } });
    expect(weak.status).toBe(304);
    const other = await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": '"KZ-MA.v0.lang=en"' } });
    expect(other.status).toBe(200);
    // Another representation of the same version has another ETag.
    const fr = await get("/v1/pairs/KZ-MA?lang=fr", { headers: { "if-none-match": etag } });
    expect(fr.status).toBe(200);
  });

  it("sends Last-Modified from the pair's last change and honours If-Modified-Since without If-None-Match", async ({
    expect,
  }) => {
    const row = await env.DB.prepare("SELECT updated_at FROM pairs WHERE key = 'KZ-MA'").first<{
      updated_at: string;
    }>();
    const res = await get("/v1/pairs/KZ-MA?lang=ru");
    const lastModified = res.headers.get("last-modified") ?? "";
    expect(lastModified).toBe(new Date(row?.updated_at ?? "").toUTCString());
    expect((await get("/v1/pairs/KZ-MA?lang=ru", { headers: { "if-modified-since": lastModified } })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await get("/v1/pairs/KZ-MA?lang=ru", { headers: { "if-modified-since": before } })).status).toBe(200);
    // If-None-Match decides when present (RFC 9110 §13.2.2), even with a satisfied If-Modified-Since.
    const both = await get("/v1/pairs/KZ-MA?lang=ru", {
      headers: { "if-modified-since": lastModified, "if-none-match": '"other"' },
    });
    expect(both.status).toBe(200);
  });

  it("serves a new ETag and the new content after a change to the pair", async ({ expect }) => {
    const before = await get("/v1/pairs/KZ-MA/tracks/culture");
    const etag = before.headers.get("etag");
    expect(((await before.json()) as { track: { status: string } }).track.status).not.toBe("stalled");
    expect((await get("/v1/pairs/KZ-MA/tracks/culture")).headers.get("cache-status")).toMatch(/^bilateral; hit\b/);
    const list = await get("/v1/pairs");
    // An ingest: the write fires the change triggers (new version), then the writer refreshes its memo.
    await env.DB.prepare("UPDATE tracks SET status = 'stalled' WHERE pair = 'KZ-MA' AND slug = 'culture'").run();
    invalidateVersionMemo("KZ-MA");
    const after = await get("/v1/pairs/KZ-MA/tracks/culture", { headers: { "if-none-match": etag ?? "" } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(after.headers.get("cache-status")).toBe("bilateral; fwd=miss; stored");
    expect(((await after.json()) as { track: { status: string } }).track.status).toBe("stalled");
    // Cross-pair lists use the global version, which every change moves too.
    expect((await get("/v1/pairs")).headers.get("etag")).not.toBe(list.headers.get("etag"));
  });

  it("serves a public GET with Authorization from the cache: the header cannot force a rebuild", async ({ expect }) => {
    const anonymous = await get("/v1/pairs/KZ-MA/commitments");
    expect(anonymous.headers.get("cache-status")).toBe("bilateral; fwd=miss; stored");
    const body = await anonymous.text();
    for (const authorization of ["Bearer x", "Bearer test-admin-token", "Basic Zm9vOmJhcg=="]) {
      const res = await get("/v1/pairs/KZ-MA/commitments", { headers: { authorization } });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-status")).toMatch(/^bilateral; hit/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=86400");
      expect(await res.text()).toBe(body);
    }
  });

  it("keeps the 404 of an untracked pair out of the cache", async ({ expect }) => {
    const res = await get("/v1/pairs/DE-FR/events");
    expect(res.status).toBe(404);
    // Problems are never stored (problem.ts marks them no-store) and cached() does not store them either.
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
    expect(((await res.json()) as { code: string }).code).toBe("pair-not-tracked");
  });

  it("warms a pair's representations through the request path", async ({ expect }) => {
    await env.DB.prepare("UPDATE tracks SET status = 'active' WHERE pair = 'KZ-MA' AND slug = 'security'").run();
    invalidateVersionMemo("KZ-MA");
    const results = await warmPair(env, ORIGIN, "KZ-MA");
    expect(results.filter((r) => r.path.startsWith("/v1/")).map((r) => r.cacheStatus)).toEqual(
      Array(5).fill("bilateral; fwd=miss; stored"),
    );
    // Stored in the Cache API (what other isolates of the data centre read), not only in this isolate's memory.
    memoryClear();
    expect((await get("/v1/pairs/KZ-MA?lang=ar")).headers.get("cache-status")).toBe("bilateral; hit");
    expect((await get("/v1/pairs/KZ-MA")).headers.get("cache-status")).toBe("bilateral; hit");
  });
});

describe("HTTP semantics", () => {
  it("sends CORS headers on the read-only API and answers the preflight", async ({ expect }) => {
    const res = await get("/v1/sectors", { headers: { origin: "https://example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe("ETag,Cache-Status,Last-Modified");
    const pre = await get("/v1/pairs/KZ-MA", {
      method: "OPTIONS",
      headers: {
        origin: "https://example.org",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
    expect(pre.headers.get("access-control-allow-headers")).toBe("If-None-Match,If-Modified-Since,Content-Type");
    expect(pre.headers.get("access-control-max-age")).toBe("86400");
    // A preflight for a path nobody serves is not answered with CORS approval.
    const nowhere = await get("/v1/nowhere", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(nowhere.status).toBe(404);
    // 304s carry CORS headers too, so browsers can read the revalidation.
    const etag = res.headers.get("etag") ?? "";
    const revalidated = await get("/v1/sectors", { headers: { origin: "https://example.org", "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("access-control-allow-origin")).toBe("*");
    const admin = await get("/v1/admin/claims", { headers: { origin: "https://example.org" } });
    expect(admin.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers HEAD with the GET headers and no body", async ({ expect }) => {
    const getRes = await get("/v1/countries");
    const head = await get("/v1/countries", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(getRes.headers.get("etag"));
    expect(head.headers.get("content-type")).toBe("application/json");
    expect(await head.text()).toBe("");
    const notModified = await get("/v1/countries", {
      method: "HEAD",
      headers: { "if-none-match": getRes.headers.get("etag") ?? "" },
    });
    expect(notModified.status).toBe(304);
  });

  it("compresses when gzip is accepted, and says the representation varies on it", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA", { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(((await res.json()) as { pair: string }).pair).toBe("KZ-MA");
    const plain = await get("/v1/pairs/KZ-MA", { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("serves /healthz without storage or caching", async ({ expect }) => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
