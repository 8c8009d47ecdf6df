// The poll scenario of `npm run bench`: public reads while the worker polls a 1,000-item feed, as a ratio to
// the same reads alone (target >= 0.5: a poll's CPU work must not starve readers). The feed is served by a
// local HTTP server; the dev worker runs with ALLOW_LOCAL_FEEDS=true (loopback only, see src/net/url-policy.ts).
import { createServer } from "node:http";
import { answerLog, pollSpans, sampler, splitByPoll } from "./poll-phases.mjs";

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

/** Serves one feed on 127.0.0.1; resolves with its URL, the times it was fetched (ms) and a stop function. */
export function serveFeed(xml) {
  const fetches = [];
  const server = createServer((_req, res) => {
    fetches.push(Date.now());
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(xml);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/feed.rss`;
      resolve({ url, fetches, stop: () => server.close() });
    });
  });
}

async function itemsTaken(origin, auth) {
  const jobs = await (await fetch(`${origin}/v1/admin/jobs`, { headers: auth })).json();
  return jobs.runs.reduce((n, r) => n + r.items, 0);
}

/**
 * Measures `measure(onResponse)` (reads) alone, then while refreshes keep the feed polling (a manual refresh every
 * second; each poll takes up to 50 items and leaves the feed due). Returns both results, the items taken while
 * measured, the Cache-Status tallies of both phases and the split of the second into reads while a poll ran and
 * reads between polls (bench/poll-phases.mjs). The feed is deleted at the end, so a later scenario's refreshes do
 * not poll it.
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
    const aloneLog = answerLog();
    const alone = await measure(aloneLog.onResponse);
    const before = await itemsTaken(origin, auth);
    const items = sampler(async () => (await itemsTaken(origin, auth)) - before);
    let polling = true;
    const refresher = (async () => {
      while (polling) {
        await fetch(`${origin}/v1/admin/jobs/refresh`, { method: "POST", headers: auth }).then((r) => r.arrayBuffer());
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    // Let the first poll start (the local queue delivers after its batch timeout) before measuring.
    await new Promise((r) => setTimeout(r, 6000));
    const duringLog = answerLog();
    const t0 = Date.now();
    const during = await measure(duringLog.onResponse);
    const t1 = Date.now();
    polling = false;
    await refresher;
    // A feed's items count once its poll ends: wait for the polls under way (until the count is above zero and
    // holds for 8 s, a minute at most).
    const last = () => items.samples.at(-1)?.n ?? 0;
    for (let waited = 0, prev = -1; waited < 60 && (last() === 0 || last() !== prev); waited += 8) {
      prev = last();
      await new Promise((r) => setTimeout(r, 8000));
    }
    await items.stop();
    const taken = last();
    const split = splitByPoll(duringLog, pollSpans(feed.fetches, items.samples, t1), [t0, t1]);
    return { alone, during, items: taken, kinds: { alone: aloneLog.kinds, during: duringLog.kinds }, split };
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

const tally = (k) =>
  `${k.memory} memory hits, ${k.cache} Cache API hits, ${k.miss} misses${k.other ? `, ${k.other} not 200` : ""}`;

/** How a scenario's measured window split between polls under way and the time between them. */
function splitLine(p, fmt) {
  const s = p.split;
  return `${fmt(100 * s.busyShare)} % of the ${fmt(s.windowS, 1)} s measured had a poll under way (polls of ${s.pollSeconds.map((x) => fmt(x, 1)).join(", ")} s); reads ${fmt(s.busyRps)} req/s while a poll ran (${fmt(s.busyRps / p.alone.rps, 2)} × alone), ${fmt(s.idleRps)} req/s between polls (${fmt(s.idleRps / p.alone.rps, 2)} × alone); reads per second of the window (P: a poll ran) ${s.timeline}; Cache-Status alone: ${tally(p.kinds.alone)}; during: ${tally(p.kinds.during)}`;
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
      `- (e') split: ${splitLine(other, fmt)}`,
      `- reads of the polled pair during its own poll / reads alone: ${ratio(own)} (no target: each new item is a new dossier version, so reads miss the cache by design; ${own.items} items ingested by the polls under way)`,
      `- (e'') split: ${splitLine(own, fmt)}`,
    ],
  };
}
