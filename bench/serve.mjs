// Runs the worker under `wrangler dev` on loopback with its own local D1 (schema.sql + seed/ + extra SQL).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

// Absolute, so wrangler can also run in another directory (the stubbed build in bench/lazy.mjs).
const WRANGLER = resolve("node_modules/wrangler/bin/wrangler.js");
/** The admin token of this run's wrangler dev: random, and passed with --var so no .dev.vars is needed. */
export const ADMIN_TOKEN = randomBytes(24).toString("base64url");
// Bench-only values: no telemetry, and the required admin secret for builds that check it.
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", ADMIN_TOKEN };

/** Runs wrangler to completion (in `cwd`, by default this one); throws with its output when it fails. */
export function wrangler(args, cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd,
    env: ENV,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Applies SQL files to the local D1 kept in `persistTo`. */
export function applySql(persistTo, files) {
  for (const file of files) wrangler(["d1", "execute", "DB", "--local", "--persist-to", persistTo, `--file=${file}`]);
}

/** Writes SQL text to a file in `dir` and returns its path. */
export function sqlFile(dir, name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The bench's wrangler config: wrangler.toml with every rate limit raised out of reach. The limits count per
 * client, and the bench is one client (127.0.0.1) standing for many: left as they are, most of its 1,000 ingests
 * and uncached reads would measure the 429 answer, not the work. Written beside wrangler.toml (its paths are
 * relative) and git-ignored.
 */
export const BENCH_CONFIG = "wrangler.bench.toml";
function writeBenchConfig() {
  const toml = readFileSync("wrangler.toml", "utf8").replace(
    /simple = \{ limit = \d+, period = (\d+) \}/g,
    "simple = { limit = 1000000, period = $1 }",
  );
  writeFileSync(
    BENCH_CONFIG,
    `# Written by bench/serve.mjs for npm run bench: wrangler.toml without its rate limits.\n${toml}`,
  );
}

/** Starts wrangler dev (request logging off) and resolves once /healthz answers; `stop()` ends it. */
export async function startDev(persistTo, port, extraArgs = []) {
  writeBenchConfig();
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      "dev",
      "--config",
      BENCH_CONFIG,
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--log-level",
      "none",
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
      "--var",
      `ADMIN_TOKEN:${ADMIN_TOKEN}`,
      ...extraArgs,
    ],
    { env: ENV, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  // The process group holds workerd too: end the whole group, by its id.
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${stderr}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return { origin, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${stderr}`);
}
