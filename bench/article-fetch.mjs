// The article-fetch scenario of `npm run bench`: a feed of short summaries whose links point at article pages on
// several local origins (one port = one host), each answering after a fixed latency. Measures how fast the
// worker turns them into articles with article fetching on: politeness (one request at a time per host, 5 s
// apart) bounds the rate at about hosts / 5 per second, whatever the latency.
import { createServer } from "node:http";

const x = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Starts one origin answering `handler(path)` after `latencyMs`; resolves with its base URL and a stop. */
function origin(latencyMs, handler) {
  const server = createServer((req, res) => {
    setTimeout(() => {
      const { status, type, body } = handler(req.url ?? "/");
      res.writeHead(status, { "content-type": type });
      res.end(body);
    }, latencyMs);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() }),
    );
  });
}

const pageHtml = (a) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${x(a.title ?? "")}"></head><body><article>${
    a.html ??
    (a.text ?? "")
      .split("\n\n")
      .map((p) => `<p>${x(p)}</p>`)
      .join("")
  }</article></body></html>`;

/**
 * Serves `articles` as pages spread over `hosts` origins and a feed of their summaries, registers the feed,
 * refreshes until every item is taken (or `timeoutMs`), and returns the rate of articles stored.
 */
export async function articleFetchRate(o, token, articles, { hosts = 8, latencyMs = 100, timeoutMs = 180_000 } = {}) {
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const servers = await Promise.all(
    Array.from({ length: hosts }, (_, h) =>
      origin(latencyMs, (path) => {
        if (path === "/robots.txt") return { status: 200, type: "text/plain", body: "User-agent: *\nAllow: /\n" };
        const i = Number(/^\/a\/(\d+)$/.exec(path)?.[1] ?? Number.NaN);
        const a = articles[i];
        return a && i % hosts === h
          ? { status: 200, type: "text/html; charset=utf-8", body: pageHtml(a) }
          : { status: 404, type: "text/plain", body: "not found" };
      }),
    ),
  );
  const items = articles
    .map((a, i) => {
      const link = `${servers[i % hosts].base}/a/${i}`;
      // The summary is the title: short, so the page behind it is fetched.
      return `<item><guid>urn:bench-article:${i}</guid><title>${x(a.title ?? `Report ${i}`)}</title><link>${link}</link><description>${x(a.title ?? "")}</description></item>`;
    })
    .join("");
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Summaries</title>${items}</channel></rss>`;
  const feed = await origin(0, () => ({ status: 200, type: "application/rss+xml", body: xml }));
  try {
    const reg = await fetch(`${o}/v1/admin/feeds`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ url: `${feed.base}/feed.rss` }),
    });
    if (reg.status !== 201) throw new Error(`feed registration answered ${reg.status}: ${await reg.text()}`);
    const before = await storedItems(o, auth);
    const started = Date.now();
    await fetch(`${o}/v1/admin/jobs/refresh`, { method: "POST", headers: auth }).then((r) => r.arrayBuffer());
    // Until every page is stored, or nothing new for 20 s (a page about no pair or a near-copy is not counted).
    let done = 0;
    let lastProgress = started;
    while (Date.now() - started < timeoutMs && Date.now() - lastProgress < 20_000) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = (await storedItems(o, auth)) - before;
      if (now > done) [done, lastProgress] = [now, Date.now()];
      if (done >= articles.length) break;
    }
    const seconds = (lastProgress - started) / 1000;
    return { count: done, of: articles.length, seconds, perSecond: done / seconds, hosts, latencyMs };
  } finally {
    feed.stop();
    for (const s of servers) s.stop();
  }
}

/** Items counted in every job run so far (a fetched article counts in its feed's run). */
async function storedItems(o, auth) {
  const jobs = await (await fetch(`${o}/v1/admin/jobs`, { headers: auth })).json();
  return jobs.runs.reduce((n, r) => n + r.items, 0);
}
