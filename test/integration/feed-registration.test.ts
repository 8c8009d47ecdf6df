import { describe, type ExpectStatic, it } from "vitest";
import { call } from "../helpers/ingest-client";
import { INTERNAL_URLS } from "../helpers/internal-urls";
import { readJson, readProblem } from "../helpers/http";
import { FeedListSchema, FeedSchema } from "../../src/schemas/admin";

const register = (url: string) =>
  call("/v1/admin/feeds", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url }),
  });

describe("POST /v1/admin/feeds: SSRF guard and normal form", () => {
  for (const url of INTERNAL_URLS) {
    it(`answers 400 for the internal address ${url}`, async ({ expect }) => {
      const res = await register(url);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(await readProblem(res)).toMatchObject({
        status: 400,
        code: "validation-failed",
        errors: [
          {
            path: "body.url",
            message: "The URL points to a loopback, private, link-local or otherwise internal address.",
          },
        ],
      });
    });
  }

  it("refuses credentials instead of storing and showing them", async ({ expect }) => {
    const res = await register("https://user:secret@feeds.example.org/rss");
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toContain("secret");
    expect(JSON.parse(body)).toMatchObject({ code: "validation-failed", errors: [{ path: "body.url" }] });
  });

  /** Registers `spelling`, expects a new feed stored as `stored`, and each of `others` to answer it again (200). */
  async function oneFeed(expect: ExpectStatic, spelling: string, stored: string, others: string[]) {
    const first = await register(spelling);
    expect(first.status).toBe(201);
    const feed = await readJson(first, FeedSchema);
    expect(feed.url).toBe(stored);
    for (const again of others) {
      const res = await register(again);
      expect(res.status, again).toBe(200);
      expect((await readJson(res, FeedSchema)).id).toBe(feed.id);
    }
  }

  it("stores one feed for URLs that differ only by case, fragment, bare '?' or trailing dot", async ({ expect }) => {
    await oneFeed(expect, "HTTPS://Feeds.Example.ORG/World.rss#latest", "https://feeds.example.org/World.rss", [
      "https://feeds.example.org/World.rss?",
      "https://FEEDS.example.org./World.rss",
      "https://feeds.example.org:443/World.rss#x",
    ]);
    // The path keeps its case: a server may tell /World.rss and /world.rss apart.
    expect((await register("https://feeds.example.org/world.rss")).status).toBe(201);
  });

  it("stores an internationalized host in punycode and drops the default http port, so each is one feed", async ({
    expect,
  }) => {
    await oneFeed(expect, "http://Bücher.Example:80/Neu.xml", "http://xn--bcher-kva.example/Neu.xml", [
      "http://xn--bcher-kva.example/Neu.xml",
      "HTTP://BÜCHER.EXAMPLE/Neu.xml#top",
      // Ideographic full stops separate labels as dots do (UTS #46).
      "http://bücher\u3002example/Neu.xml",
    ]);
    // Another port is another origin: a feed of its own.
    expect((await register("http://bücher.example:8080/Neu.xml")).status).toBe(201);
    const { feeds } = await readJson(await call("/v1/admin/feeds"), FeedListSchema);
    const stored = feeds.map((f) => f.url).filter((u) => u.includes("bcher-kva"));
    expect(stored.sort()).toEqual([
      "http://xn--bcher-kva.example/Neu.xml",
      "http://xn--bcher-kva.example:8080/Neu.xml",
    ]);
  });

  it("takes fetchArticles (default true) and refuses a value that is not a boolean", async ({ expect }) => {
    const post = (body: unknown) =>
      call("/v1/admin/feeds", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const plain = await post({ url: "https://feeds.example.org/default.rss" });
    expect(await readJson(plain, FeedSchema)).toMatchObject({ fetchArticles: true });
    const off = await post({ url: "https://feeds.example.org/summaries-only.rss", fetchArticles: false });
    expect(off.status).toBe(201);
    expect(await readJson(off, FeedSchema)).toMatchObject({ fetchArticles: false });
    const bad = await post({ url: "https://feeds.example.org/bad.rss", fetchArticles: "no" });
    expect(bad.status).toBe(400);
    expect(await readProblem(bad)).toMatchObject({
      code: "validation-failed",
      errors: [{ path: "body.fetchArticles" }],
    });
  });
});
