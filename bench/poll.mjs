// The poll scenario of `npm run bench`: public reads while the worker polls a 1,000-item feed, as a ratio to
// the same reads alone (target >= 0.5: a poll's CPU work must not starve readers). The feed is served by a
// local HTTP server; the dev worker runs with ALLOW_LOCAL_FEEDS=true (loopback only, see src/net/url-policy.ts).
import { createServer } from "node:http";

const x = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A 1,000-item RSS document from the generated articles (newest first, as feeds list them). */
export function feedXml(articles) {
  const items = articles
    .map(
      (a, i) =>
        `<item><guid>urn:bench:${i}</guid><title>${x(a.title ?? `Report ${i}`)}</title><pubDate>${new Date(Date.UTC(2025, 0, 1) + (articles.length - i) * 60_000).toUTCString()}</pubDate><description>${x(a.text ?? a.html ?? "")}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`;
}

/** Serves one feed on 127.0.0.1; resolves with its URL and a stop function. */
export function serveFeed(xml) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(xml);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/feed.rss`, stop: () => server.close() });
    });
  });
}

async function itemsTaken(origin, auth) {
  const jobs = await (await fetch(`${origin}/v1/admin/jobs`, { headers: auth })).json();
  return jobs.runs.reduce((n, r) => n + r.items, 0);
}

/**
 * Measures `measure()` (reads) alone, then while refreshes keep the feed polling (a manual refresh every
 * second; each poll takes up to 50 items and leaves the feed due). Returns both results and the items taken
 * while measured. The feed is deleted at the end, so a later scenario's refreshes do not poll it.
 */
export async function readsDuringPoll(origin, token, articles, measure) {
  const feed = await serveFeed(feedXml(articles));
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  let feedId;
  try {
    const reg = await fetch(`${origin}/v1/admin/feeds`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ url: feed.url }),
    });
    if (reg.status !== 201) throw new Error(`feed registration answered ${reg.status}: ${await reg.text()}`);
    feedId = (await reg.json()).id;
    const alone = await measure();
    const before = await itemsTaken(origin, auth);
    let polling = true;
    const refresher = (async () => {
      while (polling) {
        await fetch(`${origin}/v1/admin/jobs/refresh`, { method: "POST", headers: auth }).then((r) => r.arrayBuffer());
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    // Let the first poll start (the local queue delivers after its batch timeout) before measuring.
    await new Promise((r) => setTimeout(r, 6000));
    const during = await measure();
    polling = false;
    await refresher;
    // A feed's items count once its poll ends: wait for the polls under way (until the count is above zero and
    // holds for 8 s, a minute at most).
    let items = (await itemsTaken(origin, auth)) - before;
    for (let waited = 0, last = -1; waited < 60 && (items === 0 || items !== last); waited += 8) {
      await new Promise((r) => setTimeout(r, 8000));
      last = items;
      items = (await itemsTaken(origin, auth)) - before;
    }
    return { alone, during, items };
  } finally {
    if (feedId !== undefined)
      await fetch(`${origin}/v1/admin/feeds/${feedId}`, { method: "DELETE", headers: auth }).then((r) =>
        r.arrayBuffer(),
      );
    feed.stop();
  }
}

/**
 * The two poll scenarios: a feed about other pairs than the one read (the realistic case: the reads should
 * stay cache hits, and only the poll's CPU competes with them), then a feed about the read pair itself, whose
 * every new item makes a new version of the dossier read (cache misses by design, shown apart).
 */
export async function pollScenarios(origin, token, { others, same }, measure) {
  const other = await readsDuringPoll(origin, token, others, measure);
  const own = await readsDuringPoll(origin, token, same, measure);
  return { other, own };
}

/** The rows and ratio lines of the poll scenarios, for the bench's table (`row`, `fmt` are its formatters). */
export function pollLines({ other, own }, items, row, fmt) {
  const ratio = (p) => fmt(p.during.rps / p.alone.rps, 2);
  return {
    rows: [
      row("(e) cached dossier KZ-MA, alone (poll scenario)", other.alone),
      row(`(e') cached dossier KZ-MA during a ${items}-item feed poll about other pairs`, other.during),
      row(`(e'') dossier KZ-MA during a ${items}-item feed poll about KZ-MA itself (new versions: misses)`, own.during),
    ],
    notes: [
      `- reads during a poll / reads alone: ${ratio(other)} (target >= 0.5; feed about other pairs than the one read, ${other.items} items ingested by the polls under way while measured, at most 50 per poll)`,
      `- reads of the polled pair during its own poll / reads alone: ${ratio(own)} (no target: each new item is a new dossier version, so reads miss the cache by design; ${own.items} items ingested by the polls under way)`,
    ],
  };
}
