import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { articleAt, feedWithRun, itemsOf, mockWorld, pageOf, rssOf } from "../helpers/article-origin";

const SUMMARY = "Kazakhstan and Morocco held talks in Rabat on Monday.";
const PARAGRAPHS = [
  "Morocco and Kazakhstan signed an agreement on the mutual exemption of visas for holders of ordinary passports on Monday in Rabat, at the end of talks between the two foreign ministers.",
  "The ministers also agreed to hold the next session of the joint intergovernmental commission in Astana next year, and discussed direct flights between Casablanca and Almaty.",
  "Both delegations described the visit as a new step for trade, investment and cultural exchanges between the two countries.",
];
/** Storage is shared by the tests of a file: each test has its own feed, and its own summaries and pages. */
let feedCount = 0;
const nextFeed = () => `https://feeds.example.org/wire-${++feedCount}.rss`;
const summaryOf = (guid: string) => `${SUMMARY} Report ${guid}.`;
const rss = (items: { guid: string; link: string }[]) =>
  rssOf(
    items.map((i) => ({
      ...i,
      title: "Talks in Rabat",
      summary: summaryOf(i.guid),
      date: "Mon, 24 Nov 2026 10:00:00 GMT",
    })),
  );
const page = (headline: string) => pageOf(headline, [`${headline}: the full report.`, ...PARAGRAPHS]);
const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { "content-type": "text/html; charset=utf-8", ...headers } });

describe("feeds read the article behind each item", () => {
  it("turns an item with a summary into an article with the page's full text, its pair and its commitments", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const FEED = nextFeed();
    const link = "https://news.example.org/2026/11/visas";
    const { world, drain } = mockWorld({
      [FEED]: () => new Response(rss([{ guid: "visas", link }])),
      "https://news.example.org/robots.txt": () => new Response("User-agent: *\nDisallow: /private/\n"),
      [link]: () => html(page("Morocco and Kazakhstan sign visa exemption agreement"), { etag: '"v1"' }),
    });
    const { feedId, runId, poll } = await feedWithRun(FEED);
    await drain([poll]);

    const stored = await articleAt(link);
    expect(stored?.title).toBe("Morocco and Kazakhstan sign visa exemption agreement");
    expect(stored?.published_at).toBe("2026-11-24T09:30:00.000Z");
    expect(stored?.text_length).toBeGreaterThan(3 * SUMMARY.length);
    const resolution = JSON.parse(stored?.resolution ?? "{}") as { pairs: string[]; commitments: unknown[] };
    expect(resolution.pairs).toContain("KZ-MA");
    expect(resolution.commitments.length).toBeGreaterThan(0);
    const pair = await env.DB.prepare("SELECT pair FROM article_pairs WHERE article_id = ?1")
      .bind(stored?.id ?? "")
      .first<{ pair: string }>();
    expect(pair?.pair).toBe("KZ-MA");
    expect(await itemsOf(feedId)).toEqual({
      visas: { guid: "visas", article_id: stored?.id, fetch_error: null, fetch_attempts: 1 },
    });
    // robots.txt first, then the page, each naming us and where to reach us; the run counts the article.
    expect(world.log.map((r) => r.url)).toEqual([FEED, "https://news.example.org/robots.txt", link]);
    for (const r of world.log)
      expect(r.userAgent).toBe("BilateralBot/1.0 (+https://bilateral.example/about-our-crawler)");
    const run = await env.DB.prepare("SELECT items FROM job_runs WHERE id = ?1").bind(runId).first<{ items: number }>();
    expect(run?.items).toBe(1);
    const fetchRow = await env.DB.prepare("SELECT status, etag FROM article_fetches WHERE url = ?1").bind(link).first();
    expect(fetchRow).toEqual({ status: 200, etag: '"v1"' });
  });

  it("falls back to the summary on a 404, a timeout and a robots Disallow, records why, and retries each once", {
    timeout: 90_000,
  }, async ({ expect }) => {
    const FEED = nextFeed();
    const links = {
      gone: "https://gone.example.org/a/1",
      slow: "https://slow.example.org/a/2",
      barred: "https://barred.example.org/news/3",
    };
    let goneIsBack = false;
    const { world, drain } = mockWorld({
      [FEED]: () =>
        new Response(
          rss(Object.entries(links).map(([guid, link]) => ({ guid, link }))),
          // The feed itself keeps no validator here, so each poll reads the same items again.
        ),
      [links.gone]: () => (goneIsBack ? html(page("Visa agreement signed")) : new Response("gone", { status: 404 })),
      [links.slow]: () => new Promise<Response>(() => undefined),
      "https://barred.example.org/robots.txt": () => new Response("User-agent: BilateralBot\nDisallow: /news/\n"),
      [links.barred]: () => html(page("Never read")),
    });
    const { feedId, poll } = await feedWithRun(FEED);
    const limits = { article: { limits: { connectTimeoutMs: 300, totalTimeoutMs: 1_000 } } };
    await drain([poll], limits);

    const items = await itemsOf(feedId);
    expect(items.gone?.fetch_error).toBe("HTTP 404");
    expect(items.slow?.fetch_error).toMatch(/^timeout: /);
    expect(items.barred?.fetch_error).toBe("robots.txt disallows this page");
    for (const [key, link] of Object.entries(links)) {
      const summary = await articleAt(link);
      // The summary is stored under the item's link, as before article fetching.
      expect(summary?.text_length).toBeLessThan(2 * SUMMARY.length);
      expect(summary?.text_length).toBeGreaterThan(0);
      expect(items[key]).toMatchObject({ article_id: summary?.id, fetch_attempts: 1 });
    }
    expect(world.log.some((r) => r.url === links.barred)).toBe(false);

    // The next poll retries each failed item once; the page that is back replaces its summary's URL.
    goneIsBack = true;
    world.log = [];
    await drain([poll], limits);
    const full = await articleAt(links.gone);
    expect(full?.text_length).toBeGreaterThan(3 * SUMMARY.length);
    const after = await itemsOf(feedId);
    expect(after.gone).toMatchObject({ article_id: full?.id, fetch_error: null, fetch_attempts: 2 });
    expect(after.slow).toMatchObject({ article_id: items.slow?.article_id, fetch_attempts: 2 });
    expect(after.slow?.fetch_error).toMatch(/^timeout: /);
    expect(after.barred).toMatchObject({ article_id: items.barred?.article_id, fetch_attempts: 2 });
    // The old summary stays a source, without the URL (unique) that now belongs to the full article.
    const oldSummary = await env.DB.prepare("SELECT url FROM articles WHERE id = ?1")
      .bind(items.gone?.article_id ?? "")
      .first<{ url: string | null }>();
    expect(oldSummary?.url).toBeNull();

    // Once only: a third poll fetches no page.
    world.log = [];
    await drain([poll], limits);
    expect(world.log.map((r) => r.url)).toEqual([FEED]);
  });

  it("fetches ten articles of one host one at a time, with the delay between them", {
    timeout: 120_000,
  }, async ({ expect }) => {
    const FEED = nextFeed();
    const host = "https://busy.example.org";
    const links = Array.from({ length: 10 }, (_, n) => `${host}/story/${n}`);
    const pages = Object.fromEntries(
      links.map((link, n) => [
        link,
        async () => {
          await new Promise((r) => setTimeout(r, 20));
          return html(pageOf(`Story ${n}`, [`Report number ${n} of the series.`, ...PARAGRAPHS]));
        },
      ]),
    );
    const { world, drain } = mockWorld({
      [FEED]: () => new Response(rss(links.map((link, n) => ({ guid: `s${n}`, link })))),
      ...pages,
    });
    const { feedId, poll } = await feedWithRun(FEED);
    const delays = await drain([poll]);

    const pageRequests = world.log.filter((r) => r.url.startsWith(`${host}/story/`));
    expect(pageRequests.map((r) => r.url).sort()).toEqual([...links].sort());
    expect(world.log.filter((r) => r.url === `${host}/robots.txt`)).toHaveLength(1);
    expect(world.maxInFlight).toBe(1);
    // Two seconds (the host delay of this test) at least between two requests to the host.
    const times = world.log.filter((r) => r.url.startsWith(host)).map((r) => r.at);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(i === 1 ? 0 : 2_000);
    expect(delays.length).toBeGreaterThan(0);
    const items = Object.values(await itemsOf(feedId));
    expect(items).toHaveLength(10);
    for (const item of items) expect(item).toMatchObject({ fetch_error: null, fetch_attempts: 1 });
    expect(items.every((i) => i.article_id !== null)).toBe(true);
  });

  it("refuses a redirect to an internal address and keeps the summary", { timeout: 60_000 }, async ({ expect }) => {
    const FEED = nextFeed();
    const link = "https://shady.example.org/go/1";
    const { world, drain } = mockWorld({
      [FEED]: () => new Response(rss([{ guid: "shady", link }])),
      [link]: () =>
        new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } }),
    });
    const { feedId, poll } = await feedWithRun(FEED);
    await drain([poll]);

    expect(world.log.some((r) => r.url.includes("169.254.169.254"))).toBe(false);
    const item = (await itemsOf(feedId)).shady;
    expect(item?.fetch_error).toMatch(/^internal: /);
    expect(item?.article_id).toBe((await articleAt(link))?.id);
  });

  it("ingests an article behind two feeds once, with one request for its page", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const FEED = nextFeed();
    const link = "https://shared.example.org/2026/visas";
    const other = "https://feeds.example.net/other.atom.rss";
    const { world, drain } = mockWorld({
      [FEED]: () => new Response(rss([{ guid: "one", link }])),
      [other]: () => new Response(rss([{ guid: "two", link }])),
      [link]: () => html(page("Visa exemption agreement signed")),
    });
    const a = await feedWithRun(FEED);
    const b = await feedWithRun(other);
    await drain([a.poll, b.poll]);

    expect(world.log.filter((r) => r.url === link)).toHaveLength(1);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM articles WHERE url = ?1")
      .bind(link)
      .first<{ n: number }>();
    expect(count?.n).toBe(1);
    const stored = await articleAt(link);
    expect((await itemsOf(a.feedId)).one?.article_id).toBe(stored?.id);
    expect((await itemsOf(b.feedId)).two?.article_id).toBe(stored?.id);
  });

  it("reads no page for a feed with fetchArticles off: its items are ingested as they are", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const FEED = nextFeed();
    const link = "https://quiet.example.org/2026/visas";
    const { world, drain } = mockWorld({
      [FEED]: () => new Response(rss([{ guid: "quiet", link }])),
      [link]: () => html(page("Not to be read")),
    });
    const { feedId, poll } = await feedWithRun(FEED, { fetchArticles: false });
    await drain([poll]);

    expect(world.log.map((r) => r.url)).toEqual([FEED]);
    const stored = await articleAt(link);
    expect(stored?.text_length).toBeLessThan(2 * SUMMARY.length);
    expect((await itemsOf(feedId)).quiet).toMatchObject({ article_id: stored?.id, fetch_attempts: 0 });
  });
});
