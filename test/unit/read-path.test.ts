import { describe, it } from "vitest";

/** Every source file, as text, keyed by its path relative to src/ (e.g. "routes/admin.ts"). */
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob(["../../src/**/*.ts", "../../src/**/*.tsx"], {
      query: "?raw",
      import: "default",
      eager: true,
    }) as Record<string, string>,
  ).map(([path, text]) => [path.replace("../../src/", ""), text]),
);

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const parts = from.split("/").slice(0, -1);
  for (const seg of spec.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  const base = parts.join("/");
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((p) => p in sources);
}

/** Files and packages reachable from the entry through static imports (type-only imports and `import()` excluded). */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of (sources[file] ?? "").matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[1] as string;
      const target = resolve(file, spec);
      if (target) queue.push(target);
      else if (!spec.startsWith(".")) packages.add(spec);
    }
  }
  return { files, packages };
}

describe("the public read path stays light", () => {
  it("loads no ingestion library at start-up: analysis, dates, language detection and XML load lazily", ({
    expect,
  }) => {
    const { files, packages } = staticClosure("index.ts");
    expect(files.has("app.ts")).toBe(true);
    expect(files.has("routes/pairs.ts")).toBe(true);
    for (const heavy of [
      "ingest/analyze.ts",
      "ingest/recognize/dates.ts",
      "ingest/recognize/countries.ts",
      "ingest/read/language.ts",
      "ingest/read/feed.ts",
    ]) {
      expect(files.has(heavy), heavy).toBe(false);
    }
    for (const pkg of ["franc-min", "chrono-node", "i18n-iso-countries", "fast-xml-parser"]) {
      expect(
        [...packages].some((p) => p === pkg || p.startsWith(`${pkg}/`)),
        pkg,
      ).toBe(false);
    }
  });
});

/** Every module a file names: static, type-only and dynamic imports alike, resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = sources[file] ?? "";
  const specs = [...text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
  return specs.map((spec) => resolve(file, spec)).filter((p): p is string => p !== undefined);
}

/** Every file reachable from `file` through any import (static, type-only or dynamic), itself excluded. */
function reachable(file: string): Set<string> {
  const seen = new Set<string>();
  const queue = importsOf(file);
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...importsOf(next));
  }
  return seen;
}

/** The imports, direct or through other files, from `files` to a file `forbidden` accepts, as "from → to". */
function upwardImports(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((f) =>
    [...reachable(f)]
      .filter(forbidden)
      .sort()
      .map((t) => `${f} → ${t}`),
  );
}

describe("the layers point one way", () => {
  it("ingestion is a use case that reaches nothing in http/, directly or through another module", ({ expect }) => {
    const ingest = Object.keys(sources).filter((f) => f.startsWith("ingest/"));
    expect(ingest.length).toBeGreaterThan(10);
    expect(upwardImports(ingest, (t) => t.startsWith("http/"))).toEqual([]);
  });

  it("nothing under http/ reaches the app, directly or through another module", ({ expect }) => {
    const http = Object.keys(sources).filter((f) => f.startsWith("http/"));
    expect(http.length).toBeGreaterThan(5);
    expect(upwardImports(http, (t) => t === "app.ts")).toEqual([]);
  });

  it("follows imports through other modules (the check above would see a detour)", ({ expect }) => {
    expect(reachable("index.ts").has("app.ts")).toBe(true);
    expect(reachable("index.ts").has("http/problem.ts")).toBe(true);
  });
});
