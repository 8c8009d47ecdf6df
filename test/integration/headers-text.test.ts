import { env, exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import { call } from "../helpers/ingest-client";
import { fixture, inputOf } from "../unit/ingest/fixtures";
import { get, readJson, readProblem } from "../helpers/http";
import { ArticleResultSchema } from "../../src/schemas/admin";

describe("CORS on the routed path", () => {
  for (const path of ["/v1/%61dmin/feeds", "/v1/admin%2Ffeeds", "/v1/%41DMIN/feeds", "/v1/admin"]) {
    it(`gives no CORS headers to ${path}, however it is spelled`, async ({ expect }) => {
      const preflight = await get(path, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      const res = await get(path, { headers: { origin: "https://evil.example" } });
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    });
  }

  it("still answers public reads with CORS", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA", { headers: { origin: "https://news.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("JSON bodies only as application/json", () => {
  for (const type of ["application/evil+json", "application/jsonx", "text/json", "application/ld+json", "text/plain"]) {
    it(`answers 415 for ${type}`, async ({ expect }) => {
      const res = await call("/v1/admin/feeds", {
        method: "POST",
        headers: { "content-type": type },
        body: JSON.stringify({ url: "https://feeds.example.org/rss" }),
      });
      expect(res.status).toBe(415);
      expect((await readProblem(res)).code).toBe("unsupported-media-type");
    });
  }

  for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"]) {
    it(`accepts ${type}`, async ({ expect }) => {
      const res = await call("/v1/admin/feeds", {
        method: "POST",
        headers: { "content-type": type },
        body: JSON.stringify({ url: "https://feeds.example.org/json-types" }),
      });
      expect([200, 201]).toContain(res.status);
    });
  }
});

describe("redirect Location bound", () => {
  it("redirects a non-canonical pair with its query, and answers 414 rather than copy a 20 KB query", async ({
    expect,
  }) => {
    const ok = await get("/v1/pairs/ma-kz?lang=fr");
    expect(ok.status).toBe(308);
    expect(ok.headers.get("location")).toBe("/v1/pairs/KZ-MA?lang=fr");
    const long = await get(`/v1/pairs/ma-kz?q=${"x".repeat(20_000)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get("location")).toBeNull();
    expect((await readProblem(long)).code).toBe("uri-too-long");
    const page = await get(`/pairs/ma-kz?q=${"x".repeat(20_000)}`);
    expect(page.status).toBe(414);
  });
});

describe("text from a source at ingestion", () => {
  it("strips controls and bidi overrides from a posted title before it is stored and shown", {
    timeout: 30_000,
  }, async ({ expect }) => {
    const f = inputOf(fixture("it-roadmap"));
    const res = await call("/v1/admin/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...f,
        url: "https://wire.example.org/controls",
        title: "Roma\u0000 \u202Etxt.exe\u0007 roadmap",
      }),
    });
    expect(res.status).toBe(201);
    const id = (await readJson(res, ArticleResultSchema)).article.id;
    const row = await exports.default.fetch(new Request("https://bilateral.test/pairs/KZ-MA"));
    const html = await row.text();
    expect(html).not.toMatch(/[\u202A-\u202E]/);
    expect(["\u0000", "\u0007"].filter((ch) => html.includes(ch))).toEqual([]);
    const stored = await env.DB.prepare("SELECT title FROM articles WHERE id = ?1").bind(id).first<{ title: string }>();
    expect(stored?.title).toBe("Roma txt.exe roadmap");
  });

  it("still refuses a body with control characters as binary", async ({ expect }) => {
    const res = await call("/v1/admin/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: `Morocco and Kazakhstan ${"\u0001\u0002".repeat(50)} signed an agreement in Rabat.`,
      }),
    });
    expect(res.status).toBe(422);
  });
});
