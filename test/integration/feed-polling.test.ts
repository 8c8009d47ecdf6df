import { createMessageBatch } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { consumeIngest } from "../../src/jobs/consume-ingest";
import { MAX_ITEMS_PER_POLL } from "../../src/jobs/feed-items";
import { pollFeed } from "../../src/jobs/poll-feed";
import { loadPipeline } from "../../src/ingest/load";
import { fixture, inputOf } from "../unit/ingest/fixtures";

const x = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const text = (name: string) => inputOf(fixture(name)).text ?? inputOf(fixture(name)).html ?? "";

/** An RSS document of the given items. */
const rss = (items: { guid: string; title: string; link?: string; date?: string; body: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Mock</title>${items
    .map(
      (i) =>
        `<item><guid>${x(i.guid)}</guid><title>${x(i.title)}</title>${i.link ? `<link>${x(i.link)}</link>` : ""}${
          i.date ? `<pubDate>${i.date}</pubDate>` : ""
        }<description>${x(i.body)}</description></item>`,
    )
    .join("")}</channel></rss>`;

async function addFeed(url: string): Promise<number> {
  const row = await env.DB.prepare(
    "INSERT INTO feeds (url, next_poll_at, created_at) VALUES (?1, '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z') RETURNING id",
  )
    .bind(url)
    .first<{ id: number }>();
  return row?.id ?? 0;
}

const feedRow = (id: number) =>
  env.DB.prepare("SELECT failures, last_error, last_status, etag, next_poll_at FROM feeds WHERE id = ?1")
    .bind(id)
    .first<{ failures: number; last_error: string | null; last_status: number | null; etag: string | null }>();

describe("feed polling against mocked origins", () => {
  it("abandons a never-ending feed at its timeout while the other feeds of the batch are ingested and not marked failed", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const urls = {
      endless: "https://endless.example.org/rss",
      a: "https://wire-a.example.org/rss",
      b: "https://wire-b.example.org/rss",
    };
    const ids = { endless: await addFeed(urls.endless), a: await addFeed(urls.a), b: await addFeed(urls.b) };
    const run = await env.DB.prepare(
      "INSERT INTO job_runs (job, cron, scheduled_time, started_at, status) VALUES ('refresh', 'test', 'isolation', 'x', 'running') RETURNING id",
    ).first<{ id: number }>();
    let endlessCancelled = false;
    const fetcher = async (input: RequestInfo | URL) => {
      const url = new Request(input).url;
      if (url === urls.endless) {
        // Headers at once, then one byte every 50 ms forever: only the total deadline stops it.
        const body = new ReadableStream<Uint8Array>({
          async pull(c) {
            await new Promise((r) => setTimeout(r, 50));
            c.enqueue(new TextEncoder().encode(" "));
          },
          cancel() {
            endlessCancelled = true;
          },
        });
        return new Response(body, { headers: { "content-type": "application/rss+xml" } });
      }
      const name = url === urls.a ? "it-roadmap" : "fr-partnership";
      return new Response(rss([{ guid: name, title: name, body: text(name) }]), {
        headers: { etag: `"${name}"` },
      });
    };
    const batch = createMessageBatch(
      "bilateral-ingest",
      Object.values(ids).map((feedId, i) => ({
        id: `m${i}`,
        timestamp: new Date(),
        attempts: 1,
        body: { type: "poll-feed", feedId, runId: run?.id ?? 0 },
      })),
    );
    const started = Date.now();
    await consumeIngest(batch, env, { fetcher, limits: { connectTimeoutMs: 500, totalTimeoutMs: 1500 } });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(endlessCancelled).toBe(true);
    expect(await feedRow(ids.endless)).toMatchObject({ failures: 1, last_error: "total time limit reached" });
    for (const id of [ids.a, ids.b]) expect(await feedRow(id)).toMatchObject({ failures: 0, last_error: null });
    const articles = await env.DB.prepare("SELECT feed_id FROM articles WHERE origin = 'feed' ORDER BY feed_id").all();
    expect(articles.results).toEqual([{ feed_id: ids.a }, { feed_id: ids.b }]);
    const runRow = await env.DB.prepare("SELECT items, errors FROM job_runs WHERE id = ?1")
      .bind(run?.id ?? 0)
      .first<{ items: number; errors: string }>();
    expect(runRow?.items).toBe(2);
    expect(JSON.parse(runRow?.errors ?? "[]")).toEqual([
      { source: `feed:${ids.endless}`, message: "total time limit reached" },
    ]);
  });

  it("takes a 10,000-item feed in capped slices, oldest first, and keeps no validator while items remain", {
    timeout: 120_000,
  }, async ({ expect }) => {
    const url = "https://big.example.org/rss";
    const id = await addFeed(url);
    const base = Date.UTC(2024, 0, 1);
    // Listed newest first, as feeds are; item n is n minutes after the base.
    const items = Array.from({ length: 10_000 }, (_, k) => {
      const n = 9_999 - k;
      return {
        guid: `urn:big:${n}`,
        title: `Note ${n}`,
        date: new Date(base + n * 60_000).toUTCString(),
        body: `Bulletin ${n}: the weather office issued note ${n} on rainfall.`,
      };
    });
    const xml = rss(items);
    const fetcher = async () => new Response(xml, { headers: { etag: '"big-v1"' } });
    const taken = async () =>
      (
        await env.DB.prepare("SELECT guid FROM feed_items WHERE feed_id = ?1").bind(id).all<{ guid: string }>()
      ).results.map((r) => Number(r.guid.split(":")[2]));

    const first = await pollFeed(env, loadPipeline, id, new Date(), { fetcher });
    expect(first).toMatchObject({ error: null, remaining: 10_000 - MAX_ITEMS_PER_POLL });
    expect((await taken()).sort((a, b) => a - b)).toEqual([...Array(MAX_ITEMS_PER_POLL).keys()]);
    const row = await feedRow(id);
    // No ETag kept (a 304 next time would hide the rest), and the feed is due again at once.
    expect(row).toMatchObject({ etag: null, failures: 0 });

    const second = await pollFeed(env, loadPipeline, id, new Date(), { fetcher });
    expect(second.remaining).toBe(10_000 - 2 * MAX_ITEMS_PER_POLL);
    expect((await taken()).sort((a, b) => a - b)).toEqual([...Array(2 * MAX_ITEMS_PER_POLL).keys()]);
  });

  it("holds a feed item to the article API's limits: a 1 MB title is cut, a 1 MB link dropped, controls stripped", {
    timeout: 60_000,
  }, async ({ expect }) => {
    const id = await addFeed("https://huge-fields.example.org/rss");
    const xml = rss([
      {
        guid: "huge",
        title: `Rabat\u0000 talks \u202Egnp.exe ${"T".repeat(1024 * 1024)}`,
        link: `https://huge-fields.example.org/${"a".repeat(1024 * 1024)}`,
        body: text("en-joint-commission-astana"),
      },
    ]);
    const outcome = await pollFeed(env, loadPipeline, id, new Date(), { fetcher: async () => new Response(xml) });
    expect(outcome).toMatchObject({ error: null, items: 1 });
    const article = await env.DB.prepare("SELECT title, url FROM articles WHERE feed_id = ?1")
      .bind(id)
      .first<{ title: string; url: string | null }>();
    expect(article?.url).toBeNull();
    expect(article?.title.length).toBe(500);
    expect(article?.title.startsWith("Rabat talks gnp.exe TTT")).toBe(true);
    expect(article?.title.endsWith("T...")).toBe(true);
  });

  it("refuses a feed that redirects to an internal address, and records why", async ({ expect }) => {
    const id = await addFeed("https://redirecting.example.org/rss");
    const asked: string[] = [];
    const fetcher = async (input: RequestInfo | URL) => {
      asked.push(new Request(input).url);
      return asked.length === 1
        ? new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } })
        : new Response(rss([{ guid: "leak", title: "instance secrets", body: "secret" }]));
    };
    const outcome = await pollFeed(env, loadPipeline, id, new Date(), { fetcher });
    expect(outcome.error).toBe("The URL points to a loopback, private, link-local or otherwise internal address.");
    expect(asked).toEqual(["https://redirecting.example.org/rss"]);
    expect(await feedRow(id)).toMatchObject({ failures: 1 });
  });
});
