/**
 * Runs the real worker for the browser tests: `wrangler dev` as a child process on a free loopback port,
 * with its D1 in a temporary --persist-to directory (schema.sql + seed/ + the hostile fixture), so the
 * tests never touch the developer's .wrangler state.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedSql } from "../../scripts/seed-sql.mjs";
import { HOSTILE_SQL } from "./hostile-fixture";

const WRANGLER = join(process.cwd(), "node_modules/wrangler/bin/wrangler.js");
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };

/** A free TCP port on 127.0.0.1 (asked of the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running worker and how to stop it. */
export interface RunningWorker {
  origin: string;
  stop: () => Promise<void>;
}

/** Applies the database, starts `wrangler dev` and waits until it answers. */
export async function startWorker(): Promise<RunningWorker> {
  const dir = mkdtempSync(join(tmpdir(), "bilateral-browser-"));
  const sqlFile = join(dir, "db.sql");
  writeFileSync(sqlFile, `${readFileSync("schema.sql", "utf8")}\n${seedSql()}\n${HOSTILE_SQL}`);
  const exec = spawnSync(
    process.execPath,
    [WRANGLER, "d1", "execute", "DB", "--local", `--file=${sqlFile}`, "--persist-to", dir],
    {
      env: ENV,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (exec.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`wrangler d1 execute failed (exit ${exec.status}):\n${exec.stdout}\n${exec.stderr}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // detached: the child leads its own process group, so teardown can stop wrangler and its workerd at once.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      WRANGLER,
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      dir,
      "--log-level",
      "none",
      "--var",
      "ADMIN_TOKEN:browser-test-token",
      "--inspector-port",
      "0",
      "--show-interactive-dev-session=false",
    ],
    { env: ENV, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${origin}/widget.js`);
      if (res.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`wrangler dev did not start on ${origin} (exit ${child.exitCode}):\n${output}`);
}
