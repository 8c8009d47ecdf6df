import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, it, vi } from "vitest";
import worker from "../../src/index";
import { CRONS } from "../../src/jobs/crons";
import { fixture, inputOf } from "../unit/ingest/fixtures";

/** XML text escaping for the mocked feeds. */
const x = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const body = (name: string) => {
  const f = inputOf(fixture(name));
  return (
    f.html ??
    (f.text ?? "")
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")
  );
};

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Wire</title>
${["it-roadmap", "ar-security-economy"].map((n) => `<item><title>${x(inputOf(fixture(n)).title ?? n)}</title><guid>urn:fixture:${n}</guid><link>https://wire.fixture.test/${n}</link><pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate><description>${x(body(n))}</description></item>`).join("\n")}
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hebdo</title><id>urn:hebdo</id><updated>2025-03-01T00:00:00Z</updated>
${["fr-partnership", "en-many-countries"].map((n) => `<entry><title>${x(inputOf(fixture(n)).title ?? n)}</title><id>urn:fixture:${n}</id><link href="https://hebdo.fixture.test/${n}"/><published>2025-02-28T12:00:00Z</published><content type="html">${x(body(n))}</content></entry>`).join("\n")}
</feed>`;

const FEEDS = {
  rss: "https://feeds.fixture.test/kzma.rss",
  atom: "https://feeds.fixture.test/hebdo.atom",
  broken: "https://feeds.fixture.test/broken.rss",
};
let requests: { url: string; ifNoneMatch: string | null }[] = [];

/** The outside world of this test: two working feeds (the RSS one honours ETags) and one failing. */
async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const req = new Request(input, init);
  requests.push({ url: req.url, ifNoneMatch: req.headers.get("if-none-match") });
  if (req.url === FEEDS.rss) {
    if (req.headers.get("if-none-match") === '"rss-v1"') return new Response(null, { status: 304 });
    return new Response(RSS, { headers: { "content-type": "application/rss+xml", etag: '"rss-v1"' } });
  }
  if (req.url === FEEDS.atom) return new Response(ATOM, { headers: { "content-type": "application/atom+xml" } });
  if (req.url === FEEDS.broken) return new Response("upstream down", { status: 500 });
  return new Response("not found", { status: 404 });
}

/** Runs the cron with a capturing queue, then hands what it enqueued to the real consumer. */
async function cronThenQueue(scheduledTime: number) {
  const sent: { body: unknown }[] = [];
  const queue = {
    send: async (b: unknown) => void sent.push({ body: b }),
    sendBatch: async (msgs: Iterable<{ body: unknown }>) => void sent.push(...msgs),
  } as unknown as Queue;
  const jobEnv = { ...env, INGEST: queue };
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: CRONS.refresh, scheduledTime }), jobEnv, ctx);
  await waitOnExecutionContext(ctx);
  if (sent.length === 0) return { sent, acks: [] as string[] };
  const batch = createMessageBatch(
    "bilateral-ingest",
    sent.map((m, i) => ({ id: `m${i}`, timestamp: new Date(scheduledTime), attempts: 1, body: m.body })),
  );
  const qctx = createExecutionContext();
  await worker.queue(batch, jobEnv, qctx);
  const result = await getQueueResult(batch, qctx);
  return { sent, acks: result.explicitAcks, retries: result.retryMessages };
}

const snapshot = async () => ({
  articles: (await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>())?.n,
  sources: (await env.DB.prepare("SELECT count(*) AS n FROM claim_sources").first<{ n: number }>())?.n,
  version: (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())
    ?.version,
});

describe("scheduled refresh: cron → queue → consumer", () => {
  beforeEach(() => {
    requests = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(fakeFetch);
  });
  afterEach(() => vi.restoreAllMocks());

  it("polls due feeds through the queue, records a failing feed without stopping the others, and re-runs change nothing", {
    timeout: 60_000,
  }, async ({ expect }) => {
    // Real time: the consumer stamps polls with the clock, the cron with its scheduled time.
    const t0 = Math.floor(Date.now() / 60_000) * 60_000;
    for (const url of Object.values(FEEDS)) {
      await env.DB.prepare("INSERT INTO feeds (url, next_poll_at, created_at) VALUES (?1, ?2, ?2)")
        .bind(url, new Date(t0 - 60_000).toISOString())
        .run();
    }
    const before = await snapshot();

    const first = await cronThenQueue(t0);
    expect(first.sent).toHaveLength(3);
    expect(first.acks).toHaveLength(3);
    expect(requests.map((r) => r.url).sort()).toEqual(Object.values(FEEDS).sort());

    const run = await env.DB.prepare("SELECT status, items, errors FROM job_runs WHERE job = 'refresh'").first<{
      status: string;
      items: number;
      errors: string;
    }>();
    expect(run?.status).toBe("partial");
    expect(JSON.parse(run?.errors ?? "[]")).toEqual([
      { source: expect.stringMatching(/^feed:\d+$/), message: "HTTP 500" },
    ]);
    // Four items read; three are about a pair (the roundup naming many countries is stored but about none).
    const after = await snapshot();
    expect((after.articles ?? 0) - (before.articles ?? 0)).toBe(4);
    expect(after.version).toBeGreaterThan(before.version ?? 0);
    const broken = await env.DB.prepare("SELECT failures, last_status, next_poll_at FROM feeds WHERE url = ?1")
      .bind(FEEDS.broken)
      .first<{ failures: number; last_status: number; next_poll_at: string }>();
    expect(broken).toMatchObject({ failures: 1, last_status: 500 });
    const ok = await env.DB.prepare("SELECT etag, failures FROM feeds WHERE url = ?1").bind(FEEDS.rss).first();
    expect(ok).toEqual({ etag: '"rss-v1"', failures: 0 });
    // The reports joined the seeded Rabat event rather than starting new ones.
    const rabatSources = await env.DB.prepare(
      "SELECT count(DISTINCT cs.article_id) AS n FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id WHERE c.subject_id = 'ev_kzma_20250228_rabat'",
    ).first<{ n: number }>();
    expect(rabatSources?.n).toBe(5 + 3);

    // The same scheduled time again (overlap or retry): the lease refuses it, nothing is enqueued.
    const overlap = await cronThenQueue(t0);
    expect(overlap.sent).toHaveLength(0);

    // The next run, once the healthy feeds are due again: conditional GET and item memory mean nothing new.
    requests = [];
    // Half an hour later: past the 15-minute poll interval (counted from when the consumer ran), within the backoff.
    const second = await cronThenQueue(t0 + 30 * 60_000);
    expect(second.sent.length).toBe(2); // the broken feed is backing off (an hour after its first failure)
    expect(requests.find((r) => r.url === FEEDS.rss)?.ifNoneMatch).toBe('"rss-v1"');
    expect(await snapshot()).toEqual(after);
  });
});
