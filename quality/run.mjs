// `npm run quality`: bundles quality/score.ts (and the pure ingestion pipeline it imports) with esbuild into a
// temporary file and runs it under the Node that npm scripts use (the pinned Node 22). Arguments pass through:
// `--json`, `--markdown`, `--verbose`, `--texts DIR`. The pipeline is bundled rather than run through a
// TypeScript loader because it imports JSON lexicons and uses bundler module resolution, as wrangler does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "bilateral-quality-"));
const outfile = join(dir, "score.mjs");
// `--sector-depth` prints the depth and parity of the sector lexicons instead of the scores.
const depth = process.argv.includes("--sector-depth");
try {
  await build({
    entryPoints: [join(root, depth ? "quality/sector-depth-report.ts" : "quality/score.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    loader: { ".json": "json" },
    logLevel: "warning",
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
