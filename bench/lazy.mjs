// Bundle and start-up figures of the worker, and of a copy whose ingestion pipeline is stubbed out: the
// difference is what the lazily imported pipeline still costs every isolate (bytes to fetch and parse),
// even though its modules are only evaluated on the first ingest.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { wrangler } from "./serve.mjs";

// Replaces src/ingest/load.ts in the copy: same export, imports nothing, so the bundler drops the pipeline.
const STUB = `import type { Pipeline } from "./ingest";
export function loadPipeline(): Promise<Pipeline> {
  return Promise.reject(new Error("ingestion stubbed out for the bench"));
}
`;

/** A copy of the project in `dir` with the pipeline loader stubbed; src/ is never touched. */
export function stubbedCopy(dir) {
  mkdirSync(dir, { recursive: true });
  for (const p of ["src", "seed", "wrangler.toml", "package.json", "tsconfig.json"])
    cpSync(p, join(dir, p), { recursive: true });
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "src/ingest/load.ts"), STUB);
  return dir;
}

/** npm packages in a bundle, with the bytes each contributes (from esbuild's metafile). */
function packagesOf(metafile) {
  const meta = JSON.parse(readFileSync(metafile, "utf8"));
  const bytes = {};
  for (const out of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const name = m ? m[1] : input.split("/").slice(0, 2).join("/");
      bytes[name] = (bytes[name] ?? 0) + bytesInOutput;
    }
  }
  return bytes;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Builds the worker in `cwd` (dry run) and profiles its start-up `runs` times (medians kept); outputs go to `out`. */
export function buildFigures(cwd, out, runs = 3) {
  wrangler(["deploy", "--dry-run", "--outdir", join(out, "dist"), "--metafile", join(out, "meta.json")], cwd);
  const gz = gzipSync(readFileSync(join(out, "dist", "index.js"))).length;
  const profiles = Array.from({ length: runs }, () => {
    const text = wrangler(["check", "startup", "--outfile", join(out, "startup.cpuprofile")], cwd);
    return {
      active: Number(/Active: ([\d.]+) ms/.exec(text)?.[1]),
      window: Number(/Profile window: ([\d.]+) ms/.exec(text)?.[1]),
    };
  });
  const active = median(profiles.map((p) => p.active));
  const window = median(profiles.map((p) => p.window));
  return { gzKiB: gz / 1024, active, window, runs, packages: packagesOf(join(out, "meta.json")) };
}

/** Packages and source folders the full build holds and the stubbed one does not (or holds less of), in KiB. */
export function onlyInFull(full, stub) {
  return Object.entries(full.packages)
    .map(([name, bytes]) => [name, (bytes - (stub.packages[name] ?? 0)) / 1024])
    .filter(([, kib]) => kib >= 1)
    .sort((a, b) => b[1] - a[1]);
}
