import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { loadPipeline } from "../../src/ingest/load";
import { pollFeed } from "../../src/jobs/poll-feed";
import { call } from "../helpers/ingest-client";
import { PAIR_FIXTURES, qualityInput } from "../unit/ingest/pair-fixtures";
import { ArticleResultSchema, FeedSchema } from "../../src/schemas/admin";
import { readJson, readProblem } from "../helpers/http";

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** The Egyptian home-outlet fixture without its URL, so only the `country` given decides the prior. */
function egyptianReport(): { text: string; title?: string | undefined; publishedAt: string } {
  const f = PAIR_FIXTURES["en-home-outlet-egypt"];
  if (!f) throw new Error("no fixture en-home-outlet-egypt");
  const { url: _url, country: _country, ...input } = qualityInput(f);
  return { ...input, text: f.text, publishedAt: f.publishedAt };
}

// The first ingest of a file loads the whole pipeline (lexicons, chrono, franc): slower than the default 5 s on a busy machine.
describe("the outlet's home country", { timeout: 30_000 }, () => {
  it("lets an admin-posted report complete its pair, and gives none without it", async ({ expect }) => {
    const report = egyptianReport();
    const without = await call("/v1/admin/articles", json({ ...report, text: `${report.text}\nFirst copy.` }));
    expect(without.status).toBe(201);
    expect((await readJson(without, ArticleResultSchema)).article.pairs).toEqual([]);
    const withCountry = await call("/v1/admin/articles", json({ ...report, country: "eg" }));
    expect(withCountry.status).toBe(201);
    expect((await readJson(withCountry, ArticleResultSchema)).article.pairs).toEqual(["EG-KZ"]);
  });

  it("refuses a country that is not ISO 3166-1 alpha-2, as problem+json", async ({ expect }) => {
    for (const country of ["XX", "EGY", "1"]) {
      const res = await call("/v1/admin/articles", json({ ...egyptianReport(), country }));
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await readProblem(res);
      expect(body.code).toBe("validation-failed");
      expect(body.errors?.map((e) => e.path)).toEqual(["body.country"]);
    }
    const feed = await call("/v1/admin/feeds", json({ url: "https://feeds.example/bad-country", country: "ZZ" }));
    expect(feed.status).toBe(400);
  });

  it("is stored with a feed and passed to each report the feed brings", async ({ expect }) => {
    const added = await call("/v1/admin/feeds", json({ url: "https://cairo.fixture.test/rss", country: "eg" }));
    expect(added.status).toBe(201);
    const feed = await readJson(added, FeedSchema);
    expect(feed.country).toBe("EG");
    const report = egyptianReport();
    // Not the text the test above stored (storage is shared within a file): a new report, not a duplicate.
    const text = `${report.text}\nA joint committee will meet in the spring.`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cairo Fixture</title><item><title>${report.title ?? ""}</title><guid>urn:fixture:cairo-1</guid><link>https://cairo.fixture.test/1</link><pubDate>Tue, 17 Feb 2026 10:00:00 GMT</pubDate><description>${text
      .split("\n")
      .map((p) => `&lt;p&gt;${p}&lt;/p&gt;`)
      .join("")}</description></item></channel></rss>`;
    const fetcher = (async () =>
      new Response(rss, { headers: { "content-type": "application/rss+xml" } })) as unknown as typeof fetch;
    const outcome = await pollFeed(env, loadPipeline, feed.id, new Date("2026-02-17T12:00:00Z"), { fetcher });
    expect(outcome).toMatchObject({ items: 1, error: null, pairs: ["EG-KZ"] });
  });
});
