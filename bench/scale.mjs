// `npm run bench:scale`: the same reads, ingest and re-analysis on a small and a large synthetic local D1
// (bench/scale-sql.mjs, built in bulk SQL, not through the API), each served in turn by `wrangler dev`; prints the
// large/small ratios, the database's bytes per article and per claim, and the year one D1 database reaches
// 10 GB at 5,000 reports a day. Targets (reported, not asserted): every ratio <= 1.5. docs/scale.md has a run.
import { readdirSync, statSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { seedSql } from "../scripts/seed-sql.mjs";
import { benchArticles } from "./articles.mjs";
import { HOT_PAIR, pairKeys, scaleSql } from "./scale-sql.mjs";
import { ADMIN_TOKEN, applySql, freePort, sqlFile, startDev } from "./serve.mjs";

const LARGE = { pairs: 5000, claims: 1_000_000, articles: 200_000, hotEvents: 100_000 };
const SMALL = { pairs: 50, claims: 10_000, articles: 2_000, hotEvents: 1_000 };
const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
// The admin API allows 60 requests a minute per client: the ingests, the job and its polls stay under it.
const INGESTED = Number(process.env.BENCH_SCALE_ARTICLES ?? 40);
const NO_CACHE = { "cache-control": "no-cache" };
const REPORTS_PER_DAY = 5000;
const D1_LIMIT = 10 * 1000 ** 3;
const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" };

const cursor = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");

/** Uncached latency of one URL, one connection (so it is the query's own cost, not queueing). */
async function p50(url, headers = NO_CACHE) {
  const r = await autocannon({ url, headers, connections: 1, duration: DURATION });
  if (r.non2xx + r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.latency.p50;
}

/** Bytes of the local D1 database files under `persist` (the SQLite file and its WAL). */
function dbBytes(persist) {
  let total = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.sqlite(-wal)?$/.test(e.name) && p.includes("d1")) total += statSync(p).size;
    }
  };
  walk(persist);
  return total;
}

async function ingestOne(o, article) {
  const t0 = performance.now();
  const res = await fetch(`${o}/v1/admin/articles`, { method: "POST", headers: ADMIN, body: JSON.stringify(article) });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

/** Re-analyses the reports ingested today and waits for the job; resolves to articles per second. */
async function reanalysisRate(o, today) {
  const res = await fetch(`${o}/v1/admin/jobs/reanalyze`, {
    method: "POST",
    headers: ADMIN,
    body: JSON.stringify({ since: today }),
  });
  if (res.status !== 202) throw new Error(`reanalyze: ${res.status} ${await res.text()}`);
  const { job } = await res.json();
  const t0 = performance.now();
  for (;;) {
    const j = (await (await fetch(`${o}/v1/admin/jobs/${job.id}`, { headers: ADMIN })).json()).job;
    // The job's own clock: from its creation to the batch that finished it.
    if (j.status === "done")
      return {
        rate: j.done / ((Date.parse(j.finishedAt) - Date.parse(j.createdAt)) / 1000),
        done: j.done,
        failed: j.failed,
      };
    if (performance.now() - t0 > 300_000) throw new Error(`re-analysis job ${job.id} not done in 5 min`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Builds one database, serves it, measures it. */
async function measure(name, size, dir, sector) {
  const persist = join(dir, name);
  const t0 = performance.now();
  const statements = scaleSql({ ...size, sector });
  applySql(persist, [
    "schema.sql",
    sqlFile(dir, `${name}-seed.sql`, seedSql()),
    // One file: each wrangler run costs seconds of start-up.
    sqlFile(dir, `${name}-synthetic.sql`, statements.map((sql) => `${sql};\n`).join("")),
  ]);
  const buildSeconds = (performance.now() - t0) / 1000;
  const bytes = dbBytes(persist);
  console.error(`bench:scale: ${name} built in ${fmt(buildSeconds, 0)} s, ${fmt(bytes / 1e6, 0)} MB; serving...`);
  const server = await startDev(persist, await freePort());
  try {
    const o = server.origin;
    const normal = "AD-AG";
    await fetch(`${o}/v1/pairs/${normal}`).then((r) => r.arrayBuffer());
    // A page near the end of the list: the cursor of the 60th key from the last.
    const sorted = [...pairKeys(size.pairs), "KZ-MA"].sort();
    const deepKey = sorted[Math.max(0, sorted.length - 60)];
    const deepSeq = Number((await (await fetch(`${o}/v1/pairs/${HOT_PAIR}`)).json()).version) - 100;
    const m = {
      dossier: await p50(`${o}/v1/pairs/${normal}`),
      hotDossier: await p50(`${o}/v1/pairs/${HOT_PAIR}`),
      pairsFirst: await p50(`${o}/v1/pairs?limit=50`),
      pairsDeep: await p50(`${o}/v1/pairs?limit=50&cursor=${cursor({ k: deepKey })}`),
      changesDeep: await p50(`${o}/v1/pairs/${HOT_PAIR}/changes?limit=50&since=${cursor({ p: HOT_PAIR, s: deepSeq })}`),
      search: await p50(`${o}/?q=Zimbabwe`),
    };
    // Ingest: generated reports one at a time (the first loads the pipeline and is left out).
    const articles = benchArticles(INGESTED + 1);
    await ingestOne(o, articles[0]);
    const lat = [];
    for (const a of articles.slice(1)) lat.push((await ingestOne(o, a)).ms);
    m.ingest = median(lat);
    const re = await reanalysisRate(o, new Date().toISOString().slice(0, 10));
    m.reanalysis = re.rate;
    m.reanalysed = re;
    return { ...m, bytes, buildSeconds, size };
  } finally {
    server.stop();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bilateral-scale-"));
  try {
    const sector = JSON.parse(readFileSync("seed/sector-taxonomy.json", "utf8")).sectors[0].slug;
    const small = await measure("small", SMALL, dir, sector);
    if (process.env.BENCH_SCALE_ONLY === "small") {
      console.log(JSON.stringify(small, null, 1));
      return;
    }
    const large = await measure("large", LARGE, dir, sector);
    const ratio = (k) => large[k] / small[k];
    const perArticle = large.bytes / LARGE.articles;
    const perClaim = large.bytes / LARGE.claims;
    // Growth per report: the large database's bytes per article (its claims, sources, changes, bands included).
    const perReport = perArticle;
    const days = (D1_LIMIT - large.bytes) / (REPORTS_PER_DAY * perReport);
    const fullOn = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const daysFromEmpty = D1_LIMIT / (REPORTS_PER_DAY * perReport);
    const lines = [
      `# Bilateral scale benchmark (${new Date().toISOString()})`,
      "",
      `Machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"}; Node ${process.version}; wrangler dev on 127.0.0.1, one connection, ${DURATION} s per query, p50 latency; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}.`,
      `Large: ${LARGE.pairs} pairs, ${LARGE.claims} claims, ${LARGE.articles} articles, hot pair ${HOT_PAIR} with ${LARGE.hotEvents} events; built in ${fmt(large.buildSeconds, 0)} s, ${fmt(large.bytes / 1e6, 0)} MB.`,
      `Small: ${SMALL.pairs} pairs, ${SMALL.claims} claims, ${SMALL.articles} articles, hot pair with ${SMALL.hotEvents} events; built in ${fmt(small.buildSeconds, 0)} s, ${fmt(small.bytes / 1e6, 1)} MB.`,
      "",
      "| measure | small | large | large/small (target <= 1.5) |",
      "|---|---|---|---|",
      ...[
        ["uncached dossier, 40-event pair (ms)", "dossier"],
        [`uncached dossier, hot pair (ms)`, "hotDossier"],
        ["/v1/pairs first page (ms)", "pairsFirst"],
        ["/v1/pairs deep page (ms)", "pairsDeep"],
        ["/changes at a deep cursor, hot pair (ms)", "changesDeep"],
        ["home page search ?q=Zimbabwe (ms)", "search"],
        [`ingest latency per article, p50 of ${INGESTED} (ms)`, "ingest"],
      ].map(([label, k]) => `| ${label} | ${fmt(small[k], 1)} | ${fmt(large[k], 1)} | ${fmt(ratio(k))} |`),
      `| re-analysis rate (articles/s; ratio small/large) | ${fmt(small.reanalysis, 1)} | ${fmt(large.reanalysis, 1)} | ${fmt(small.reanalysis / large.reanalysis)} |`,
      "",
      `- database bytes per article: ${fmt(perArticle, 0)}; per claim: ${fmt(perClaim, 0)} (large database / its articles, its claims)`,
      `- at ${REPORTS_PER_DAY} reports/day and ${fmt(perReport, 0)} bytes per report: ${fmt((REPORTS_PER_DAY * perReport * 365) / 1e9, 2)} GB a year; one D1 database (10 GB) is full after ${fmt(daysFromEmpty / 365.25, 1)} years from empty, on ${fullOn} starting today from the large database's size`,
      `- re-analysis: ${large.reanalysed.done} done, ${large.reanalysed.failed} failed (large); ${small.reanalysed.done} done, ${small.reanalysed.failed} failed (small)`,
    ];
    const text = `${lines.join("\n")}\n`;
    process.stdout.write(text);
    mkdirSync("bench/out", { recursive: true });
    writeFileSync("bench/out/scale.md", text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
