import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { readPageMeta } from "../../src/ingest/read/page-meta";
import { checkRobots, ROBOTS_TTL_MS } from "../../src/net/robots";
import { userAgent } from "../../src/net/user-agent";

const HOUR = 3_600_000;

/** A robots.txt origin answering `status` with `body`, counting its requests. */
function origin(status: number, body = "") {
  const seen = { requests: 0 };
  const fetcher = async () => {
    seen.requests++;
    return new Response(status === 204 ? null : body, { status });
  };
  return { seen, opts: { fetcher: fetcher as typeof fetch } };
}

describe("robots.txt", () => {
  it("honours our group and Crawl-delay, and fetches the file once a day per host", async ({ expect }) => {
    const o = origin(
      200,
      "User-agent: *\nDisallow: /\n\nUser-agent: BilateralBot\nDisallow: /drafts/\nCrawl-delay: 7\n",
    );
    const t = Date.UTC(2026, 10, 1);
    const page = new URL("https://robots-a.example.org/news/1");
    expect(await checkRobots(env.DB, page, t, o.opts)).toEqual({ allowed: true, crawlDelayMs: 7_000, fetched: true });
    const draft = new URL("https://robots-a.example.org/drafts/2");
    expect(await checkRobots(env.DB, draft, t + HOUR, o.opts)).toMatchObject({ allowed: false, fetched: false });
    expect(o.seen.requests).toBe(1);
    await checkRobots(env.DB, page, t + ROBOTS_TTL_MS + 1, o.opts);
    expect(o.seen.requests).toBe(2);
  });

  it("allows everything when robots.txt is missing and nothing when it is unreachable", async ({ expect }) => {
    const t = Date.UTC(2026, 10, 2);
    const missing = await checkRobots(env.DB, new URL("https://robots-b.example.org/x"), t, origin(404).opts);
    expect(missing.allowed).toBe(true);
    const down = await checkRobots(env.DB, new URL("https://robots-c.example.org/x"), t, origin(503).opts);
    expect(down.allowed).toBe(false);
  });
});

describe("page meta and user agent", () => {
  it("takes og:title and article:published_time, and ignores a date that is not one", async ({ expect }) => {
    const html = `<html><head><meta property="og:title" content="  Talks   in Rabat "><meta property="article:published_time" content="2026-11-24T09:30:00+01:00"></head><body></body></html>`;
    expect(await readPageMeta(html)).toEqual({ title: "Talks in Rabat", publishedAt: "2026-11-24T08:30:00.000Z" });
    const odd = `<meta name="date" content="last Tuesday"><meta name="twitter:title" content="Short">`;
    expect(await readPageMeta(odd)).toEqual({ title: "Short" });
  });

  it("names the project and a contact URL, falling back when the configured one is not an http(s) URL", ({
    expect,
  }) => {
    expect(userAgent("https://bilateral.example/bot")).toBe("BilateralBot/1.0 (+https://bilateral.example/bot)");
    expect(userAgent("javascript:alert(1)")).toMatch(/^BilateralBot\/1\.0 \(\+https:\/\/[^ ]+\)$/);
  });
});
