// Ingest benchmark: POSTs generated articles to /v1/admin/articles with a bounded number in flight and
// reports throughput, latency, status counts and the first (cold pipeline) request apart from the warm ones.
import { performance } from "node:perf_hooks";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function post(origin, token, body) {
  const t0 = performance.now();
  const res = await fetch(`${origin}/v1/admin/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let article;
  try {
    article = JSON.parse(text).article;
  } catch {}
  return { status: res.status, ms, article, text };
}

/**
 * Sends `articles` in order: the first alone (it loads the pipeline in a fresh isolate: the cold latency),
 * the next `serial` one at a time (warm latency without queueing, comparable to the cold one), then the
 * rest with `concurrency` in flight; throughput and p50/p99 are those of this last, loaded phase.
 */
export async function runIngest(origin, token, articles, concurrency = 4, serial = 20) {
  const results = new Array(articles.length);
  for (let i = 0; i <= serial; i++) results[i] = await post(origin, token, articles[i]);
  const t0 = performance.now();
  let next = serial + 1;
  const worker = async () => {
    while (next < articles.length) {
      const i = next++;
      results[i] = await post(origin, token, articles[i]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const loaded = results.slice(serial + 1).map((r) => r.ms);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const failures = results.map((r, i) => ({ i, ...r })).filter((r) => r.status !== 200 && r.status !== 201);
  const created = results.filter((r) => r.status === 201);
  return {
    count: articles.length,
    concurrency,
    loadedCount: loaded.length,
    perSecond: loaded.length / seconds,
    seconds,
    p50: median(loaded),
    p99: quantile(loaded, 0.99),
    cold: results[0].ms,
    coldStatus: results[0].status,
    serial,
    warmP50: median(results.slice(1, serial + 1).map((r) => r.ms)),
    statuses,
    failures,
    // What the pipeline resolved, to show the generated set exercised it (pairs found, syndication flagged).
    withPair: created.filter((r) => r.article?.pairs?.length).length,
    kzma: created.filter((r) => r.article?.pairs?.includes("KZ-MA")).length,
    syndicated: created.filter((r) => r.article?.syndicatedOf).length,
    tenth: Math.floor(articles.length / 10),
    // Latency of the first and last tenth: does ingestion slow down as the tables grow?
    firstTenthP50: median(results.slice(serial + 1, serial + 1 + Math.floor(articles.length / 10)).map((r) => r.ms)),
    lastTenthP50: median(results.slice(-Math.floor(articles.length / 10)).map((r) => r.ms)),
  };
}
