/**
 * A mocked outside world for article fetching: origins answering by URL, a log of every request (with the
 * fake clock's time and how many were in flight), a capturing ingest queue, and a drain loop that hands the
 * queue's messages back to the real consumer, moving the clock past each re-queue delay.
 */
import { createMessageBatch } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { type ConsumeOptions, consumeIngest } from "../../src/jobs/consume-ingest";

export type Handler = (req: Request) => Response | Promise<Response>;

/** XML text escaping for the mocked feeds. */
const x = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** An RSS document of items with a short description (a summary) and a link. */
export const rssOf = (items: { guid: string; title: string; link: string; summary: string; date?: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Mock wire</title>${items
    .map(
      (i) =>
        `<item><guid>${x(i.guid)}</guid><title>${x(i.title)}</title><link>${x(i.link)}</link>${
          i.date ? `<pubDate>${i.date}</pubDate>` : ""
        }<description>${x(i.summary)}</description></item>`,
    )
    .join("")}</channel></rss>`;

/** An article page in the project's own words, with a headline and publication time in its meta tags. */
export const pageOf = (headline: string, paragraphs: string[], published = "2026-11-24T09:30:00Z") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${headline} | Mock Wire</title>
<meta property="og:title" content="${headline}"><meta property="article:published_time" content="${published}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${headline}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article><footer>All rights reserved. Contact us.</footer></body></html>`;

export interface LoggedRequest {
  url: string;
  at: number;
  inFlight: number;
  userAgent: string | null;
  ifNoneMatch: string | null;
}

/** Builds the world: `routes` answer by exact URL; anything else is a 404. */
export function mockWorld(routes: Record<string, Handler>, start = Date.UTC(2026, 10, 25, 8)) {
  const world = {
    now: start,
    log: [] as LoggedRequest[],
    inFlight: 0,
    maxInFlight: 0,
    sent: [] as { body: unknown; delaySeconds: number }[],
  };
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    world.inFlight++;
    world.maxInFlight = Math.max(world.maxInFlight, world.inFlight);
    world.log.push({
      url: req.url,
      at: world.now,
      inFlight: world.inFlight,
      userAgent: req.headers.get("user-agent"),
      ifNoneMatch: req.headers.get("if-none-match"),
    });
    try {
      const handler = routes[req.url];
      return handler ? await handler(req) : new Response("not found", { status: 404 });
    } finally {
      world.inFlight--;
    }
  };
  const queue = {
    send: async (body: unknown, o?: { delaySeconds?: number }) =>
      void world.sent.push({ body, delaySeconds: o?.delaySeconds ?? 0 }),
    sendBatch: async (msgs: Iterable<{ body: unknown; delaySeconds?: number }>) => {
      for (const m of msgs) world.sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? 0 });
    },
  } as unknown as Queue;
  const jobEnv = { ...env, INGEST: queue, CRAWLER_CONTACT_URL: "https://bilateral.example/about-our-crawler" };
  let round = 0;
  /** Consumes `bodies`, then whatever they enqueue, until the queue is empty; returns the re-queue delays. */
  const drain = async (bodies: unknown[], opts: ConsumeOptions = {}) => {
    const delays: number[] = [];
    let pending = bodies;
    while (pending.length > 0 && round < 500) {
      round++;
      const batch = createMessageBatch(
        "bilateral-ingest",
        pending.map((body, i) => ({ id: `r${round}m${i}`, timestamp: new Date(world.now), attempts: 1, body })),
      );
      world.sent = [];
      await consumeIngest(batch, jobEnv, {
        fetcher,
        ...opts,
        article: { clock: () => world.now, hostDelayMs: 2_000, ...opts.article },
      });
      const waits = world.sent.map((s) => s.delaySeconds);
      delays.push(...waits.filter((d) => d > 0));
      world.now += Math.max(0, ...waits) * 1000;
      pending = world.sent.map((s) => s.body);
    }
    return delays;
  };
  return { world, fetcher, drain };
}

/** Adds a feed and a job run; returns the poll message for it. */
export async function feedWithRun(url: string, opts: { pair?: string; fetchArticles?: boolean } = {}) {
  const feed = await env.DB.prepare(
    "INSERT INTO feeds (url, pair, next_poll_at, created_at, fetch_articles) VALUES (?1, ?2, '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', ?3) RETURNING id",
  )
    .bind(url, opts.pair ?? null, opts.fetchArticles === false ? 0 : 1)
    .first<{ id: number }>();
  const run = await env.DB.prepare(
    "INSERT INTO job_runs (job, cron, scheduled_time, started_at, status) VALUES ('refresh', 'test', ?1, 'x', 'running') RETURNING id",
  )
    .bind(url)
    .first<{ id: number }>();
  const feedId = feed?.id ?? 0;
  return { feedId, runId: run?.id ?? 0, poll: { type: "poll-feed", feedId, runId: run?.id ?? 0 } };
}

/** The feed item rows of a feed, by key. */
export async function itemsOf(feedId: number) {
  const { results } = await env.DB.prepare(
    "SELECT guid, article_id, fetch_error, fetch_attempts FROM feed_items WHERE feed_id = ?1 ORDER BY guid",
  )
    .bind(feedId)
    .all<{ guid: string; article_id: string | null; fetch_error: string | null; fetch_attempts: number }>();
  return Object.fromEntries(results.map((r) => [r.guid, r]));
}

/** The stored article under a URL. */
export const articleAt = (url: string) =>
  env.DB.prepare("SELECT id, title, published_at, text_length, resolution FROM articles WHERE url = ?1")
    .bind(url)
    .first<{
      id: string;
      title: string | null;
      published_at: string | null;
      text_length: number;
      resolution: string;
    }>();
