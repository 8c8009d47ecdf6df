// `npm run bench`: serves the worker with `wrangler dev` on loopback and measures, in one run, a trivial
// route against cached and uncached dossiers, the embed page, a 100k-event dossier against a 10-event one,
// the gzipped bundle and the start-up time (with and without the lazily loaded ingestion pipeline), reads
// during a 1,000-item feed poll against reads alone, then ingests generated articles through the admin API. Prints a Markdown table and writes it to bench/out/latest.md.
// Targets (reported, not asserted): cached >= 0.9x trivial, uncached >= 0.5x trivial, 100k <= 1.5x 10,
// bundle <= 1 MB gz, start-up <= 100 ms.
// `npm run bench -- --only poll` runs only the poll scenarios (seeded data, no size or ingest figures).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { seedSql } from "../scripts/seed-sql.mjs";
import { articleKind, benchArticles } from "./articles.mjs";
import { runIngest } from "./ingest.mjs";
import { articleFetchRate } from "./article-fetch.mjs";
import { pollLines, pollScenarios } from "./poll.mjs";
import { buildFigures, onlyInFull, stubbedCopy } from "./lazy.mjs";
import { BENCH_CONFIG, ADMIN_TOKEN, applySql, freePort, sqlFile, startDev } from "./serve.mjs";
import { syntheticPairSql } from "./synthetic.mjs";

// Each scenario runs ROUNDS times for DURATION seconds (interleaved); the table shows medians.
const DURATION = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;
// Ingest: this many generated articles, this many requests in flight.
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const IN_FLIGHT = 4;
// The poll scenario's feed: this many items.
const POLL_ITEMS = Number(process.env.BENCH_POLL_ITEMS ?? 1000);
// The article-fetch scenario: this many summary items, their pages on this many local hosts, this latency.
const ARTICLE_PAGES = Number(process.env.BENCH_ARTICLE_PAGES ?? 40);
const ARTICLE_HOSTS = 8;
const ORIGIN_LATENCY_MS = 100;
// The worker honours `Cache-Control: no-cache` (skip the cache lookup) only on loopback: see src/http/cache.ts.
const NO_CACHE = { "cache-control": "no-cache" };

async function load(url, { headers = {}, connections = CONNECTIONS, duration = DURATION, onResponse } = {}) {
  // With `onResponse` (status, headers), every answer is shown to it (the poll scenario tallies Cache-Status).
  const requests = onResponse
    ? [{ method: "GET", onResponse: (status, _b, _c, h) => onResponse(status, h) }]
    : undefined;
  const r = await autocannon({ url, headers, connections, duration, ...(requests ? { requests } : {}) });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function medianOf(list) {
  return {
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    bad: list.reduce((n, r) => n + r.bad, 0),
  };
}

/** DOSSIER_STATEMENTS, which test/unit/query-plan.test.ts holds equal to what readDossierRows runs, in one batch. */
function dossierStatements() {
  const src = readFileSync("src/store/dossier.ts", "utf8");
  return { declared: Number(/DOSSIER_STATEMENTS = (\d+)/.exec(src)?.[1]) };
}

/** The poll scenarios' feeds: POLL_ITEMS articles about other pairs and POLL_ITEMS about KZ-MA, from `from` on. */
function pollFeeds(from) {
  const range = benchArticles(from + 2 * POLL_ITEMS)
    .map((a, i) => ({ a, kind: articleKind(i) }))
    .slice(from);
  return {
    others: range.filter((e) => e.kind !== "kz-ma").map((e) => e.a),
    same: range.filter((e) => e.kind === "kz-ma").map((e) => e.a),
  };
}

/** Cached dossier reads, ROUNDS rounds, medians; `onResponse` sees every answer. */
async function cachedReads(o, onResponse) {
  const list = [];
  for (let round = 0; round < ROUNDS; round++) list.push(await load(`${o}/v1/pairs/KZ-MA`, { onResponse }));
  return medianOf(list);
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
const row = (name, m) =>
  `| ${name} | ${fmt(m.rps)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} |${m.bad ? ` ${m.bad} errors/non-2xx` : ""}`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bilateral-bench-"));
  const persist = join(dir, "state");
  let server;
  try {
    const sector = JSON.parse(readFileSync("seed/sector-taxonomy.json", "utf8")).sectors[0].slug;
    console.error("bench: preparing local D1 (schema, seed, DE-FR x10 and ES-IT x100000 synthetic events)...");
    applySql(persist, [
      "schema.sql",
      sqlFile(dir, "seed.sql", seedSql()),
      sqlFile(dir, "synthetic.sql", syntheticPairSql("DE-FR", 10, sector) + syntheticPairSql("ES-IT", 100_000, sector)),
    ]);
    console.error("bench: bundle size and start-up profile, with and without the ingestion pipeline...");
    const build = buildFigures(process.cwd(), join(dir, "full"));
    const stub = buildFigures(stubbedCopy(join(dir, "stub-src")), join(dir, "stub"));
    // Local feeds allowed for the poll scenario only (the worker still refuses them unless on loopback).
    server = await startDev(persist, await freePort(), ["--var", "ALLOW_LOCAL_FEEDS:true"]);
    const o = server.origin;
    console.error(
      `bench: wrangler dev on ${o}; ${ROUNDS} rounds x ${DURATION} s per scenario, ${CONNECTIONS} connections`,
    );

    await fetch(`${o}/v1/pairs/KZ-MA`).then((r) => r.arrayBuffer()); // fill the cache
    await load(`${o}/healthz`, { duration: 1 }); // warm up JIT and sockets
    const embedProbe = await fetch(`${o}/embed/KZ-MA`);
    await embedProbe.arrayBuffer();
    const embedStatus = embedProbe.status;
    const scenarios = {
      trivial: [`${o}/healthz`],
      cached: [`${o}/v1/pairs/KZ-MA`],
      // autocannon sends no Accept-Encoding (identity); this row shows what a gzip-accepting client costs.
      cachedGzip: [`${o}/v1/pairs/KZ-MA`, { headers: { "accept-encoding": "gzip" } }],
      uncached: [`${o}/v1/pairs/KZ-MA`, { headers: NO_CACHE }],
      // Floor of any uncached read: /v1/sectors uncached is one D1 statement and a tiny render.
      oneStatement: [`${o}/v1/sectors`, { headers: NO_CACHE }],
      ...(embedStatus === 200 ? { embed: [`${o}/embed/KZ-MA`] } : {}),
      // Size: one connection, so latency is the dossier's own cost and not queueing.
      small: [`${o}/v1/pairs/DE-FR`, { headers: NO_CACHE, connections: 1 }],
      large: [`${o}/v1/pairs/ES-IT`, { headers: NO_CACHE, connections: 1 }],
    };
    // Rounds interleave the scenarios, so a change in background load hits all of them alike; medians are kept.
    const runs = Object.fromEntries(Object.keys(scenarios).map((k) => [k, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, [url, opts]] of Object.entries(scenarios)) runs[name].push(await load(url, opts));
    }
    const m = Object.fromEntries(Object.entries(runs).map(([k, list]) => [k, medianOf(list)]));
    const { trivial, cached, cachedGzip, uncached, oneStatement, embed, small, large } = m;
    const statements = dossierStatements();
    // Reads while a 1,000-item feed is polled (articles other than the ingest phase's, so none is a duplicate).
    console.error(`bench: cached dossier reads alone, then during ${POLL_ITEMS}-item feed polls...`);
    const poll = await pollScenarios(o, ADMIN_TOKEN, pollFeeds(ARTICLES), (onResponse) => cachedReads(o, onResponse));
    const pollText = pollLines(poll, POLL_ITEMS, row, fmt);
    console.error(`bench: ${ARTICLE_PAGES} feed summaries whose pages are fetched from ${ARTICLE_HOSTS} hosts...`);
    const fetched = await articleFetchRate(
      o,
      ADMIN_TOKEN,
      benchArticles(ARTICLES + 2 * POLL_ITEMS + ARTICLE_PAGES).slice(ARTICLES + 2 * POLL_ITEMS),
      { hosts: ARTICLE_HOSTS, latencyMs: ORIGIN_LATENCY_MS },
    );
    // Ingest last, so the read scenarios above measured the seeded data and no read has loaded the pipeline.
    console.error(`bench: ingesting ${ARTICLES} generated articles, ${IN_FLIGHT} in flight...`);
    const ing = await runIngest(o, ADMIN_TOKEN, benchArticles(ARTICLES), IN_FLIGHT);
    const statusText = Object.entries(ing.statuses)
      .map(([s, n]) => `${n} × ${s}`)
      .join(", ");
    const extra = onlyInFull(build, stub)
      .map(([name, kib]) => `${name} ${fmt(kib, 1)}`)
      .join(", ");

    const lines = [
      `# Bilateral benchmark (${new Date().toISOString()})`,
      "",
      `Machine: ${cpus().length} CPUs (nproc), ${cpus()[0]?.model ?? "unknown CPU"}; Node ${process.version}; wrangler dev on 127.0.0.1, autocannon ${CONNECTIONS} connections; each scenario ${ROUNDS} interleaved rounds of ${DURATION} s, medians shown; load average at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          " ",
        )} (other processes share these CPUs: compare the ratios, not absolute figures). Rate limits are raised for the bench (${BENCH_CONFIG}): it is one client standing for many.`,
      "",
      "| scenario | req/s | p50 ms | p99 ms |",
      "|---|---|---|---|",
      row("(a) trivial GET /healthz", trivial),
      row("(b) cached dossier GET /v1/pairs/KZ-MA", cached),
      row("(b') cached dossier, client sends Accept-Encoding: gzip", cachedGzip),
      row("(c) uncached dossier (Cache-Control: no-cache, loopback only)", uncached),
      row("(c0) one D1 statement: /v1/sectors uncached", oneStatement),
      embed
        ? row("(d) embed GET /embed/KZ-MA", embed)
        : `| (d) embed GET /embed/KZ-MA | n/a (route missing: ${embedStatus}) | | |`,
      row("dossier DE-FR, 10 events, uncached, 1 connection", small),
      row("dossier ES-IT, 100,000 events, uncached, 1 connection", large),
      ...pollText.rows,
      "",
      ...pollText.notes,
      `- cached/trivial ratio: ${fmt(cached.rps / trivial.rps, 2)} (target >= 0.9)`,
      `- uncached/trivial ratio: ${fmt(uncached.rps / trivial.rps, 2)} (target >= 0.5)`,
      `- one-D1-statement/trivial ratio: ${fmt(oneStatement.rps / trivial.rps, 2)}; uncached dossier (${statements.declared} statements, 1 batch)/one statement ratio: ${fmt(uncached.rps / oneStatement.rps, 2)}`,
      embed
        ? `- embed/trivial ratio: ${fmt(embed.rps / trivial.rps, 2)}`
        : "- embed/trivial ratio: n/a (route missing)",
      `- 100k/10 events dossier latency ratio (p50): ${fmt(large.p50 / small.p50, 2)} (target <= 1.5); req/s ratio 10/100k: ${fmt(small.rps / large.rps, 2)}`,
      `- D1 statements per uncached dossier: ${statements.declared} (DOSSIER_STATEMENTS, held by test/unit/query-plan.test.ts) in 1 batch (one round trip)`,
      `- worker bundle: ${fmt(build.gzKiB, 1)} KiB gzipped (target <= 1024 KiB)`,
      `- start-up (wrangler check startup, local, median of ${build.runs}): ${fmt(build.active, 1)} ms active CPU in a ${fmt(build.window, 1)} ms profile window (target <= 100 ms)`,
      `- lazy loading: bundle with the ingestion pipeline stubbed out ${fmt(stub.gzKiB, 1)} KiB gzipped, start-up ${fmt(stub.active, 1)} ms active CPU in a ${fmt(stub.window, 1)} ms window; the pipeline adds ${fmt(build.gzKiB - stub.gzKiB, 1)} KiB gzipped and ${fmt(build.active - stub.active, 1)} ms of start-up CPU (full/stubbed start-up ratio ${fmt(build.active / stub.active, 2)})`,
      `- ingestion-only code in the bundle (KiB before gzip, one file: import() is inlined and evaluated on first use, not split): ${extra}`,
      `- ingest with article fetching: ${fmt(fetched.perSecond, 2)} articles/s (${fetched.count} of ${fetched.of} summary items became articles from their pages in ${fmt(fetched.seconds, 1)} s; ${fetched.hosts} mocked hosts answering after ${fetched.latencyMs} ms; politeness bounds it near hosts / 5 s = ${fmt(fetched.hosts / 5, 1)}/s)`,
      `- ingest throughput: ${fmt(ing.perSecond, 1)} articles/s (${ing.count} articles, full pipeline inside workerd; rate of the ${ing.loadedCount} sent ${ing.concurrency} in flight, ${fmt(ing.seconds, 1)} s)`,
      `- ingest latency per article, ${ing.concurrency} in flight: p50 ${fmt(ing.p50, 1)} ms, p99 ${fmt(ing.p99, 1)} ms; median of the first ${ing.tenth} ${fmt(ing.firstTenthP50, 1)} ms, of the last ${ing.tenth} ${fmt(ing.lastTenthP50, 1)} ms`,
      `- ingest cold/warm ratio: ${fmt(ing.cold / ing.warmP50, 1)} (first ingest after start, importing the pipeline: ${fmt(ing.cold, 1)} ms, answered ${ing.coldStatus}; median of the next ${ing.serial}, one at a time: ${fmt(ing.warmP50, 1)} ms)`,
      `- ingest answers by HTTP status: ${statusText} (201 = new article, 200 = duplicate); of the new: ${ing.withPair} with a pair (${ing.kzma} KZ-MA), ${ing.syndicated} flagged as syndicated copies`,
      ...ing.failures
        .slice(0, 5)
        .map(
          (f) => `- ingest failure: article #${f.i} answered ${f.status}: ${f.text.slice(0, 300).replace(/\s+/g, " ")}`,
        ),
    ];
    const text = `${lines.join("\n")}\n`;
    process.stdout.write(text);
    mkdirSync("bench/out", { recursive: true });
    writeFileSync("bench/out/latest.md", text);
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--only poll`: the poll scenarios alone, on the seeded data (a minute instead of the whole bench). */
async function pollOnly() {
  const dir = mkdtempSync(join(tmpdir(), "bilateral-bench-"));
  let server;
  try {
    const persist = join(dir, "state");
    applySql(persist, ["schema.sql", sqlFile(dir, "seed.sql", seedSql())]);
    server = await startDev(persist, await freePort(), ["--var", "ALLOW_LOCAL_FEEDS:true"]);
    const o = server.origin;
    await fetch(`${o}/v1/pairs/KZ-MA`).then((r) => r.arrayBuffer()); // fill the cache
    await load(`${o}/healthz`, { duration: 1 }); // warm up JIT and sockets
    console.error(`bench: cached dossier reads alone, then during ${POLL_ITEMS}-item feed polls (${o})...`);
    const poll = await pollScenarios(o, ADMIN_TOKEN, pollFeeds(ARTICLES), (onResponse) => cachedReads(o, onResponse));
    const { rows, notes } = pollLines(poll, POLL_ITEMS, row, fmt);
    const head = `# Bilateral benchmark, poll scenarios only (${new Date().toISOString()}); ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; ${ROUNDS} rounds x ${DURATION} s, ${CONNECTIONS} connections, medians`;
    const table = ["| scenario | req/s | p50 ms | p99 ms |", "|---|---|---|---|", ...rows];
    process.stdout.write(`${[head, "", ...table, "", ...notes].join("\n")}\n`);
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
if (only === undefined) await main();
else if (only === "poll") await pollOnly();
else throw new Error(`--only ${only}: the only part that runs alone is "poll"`);
