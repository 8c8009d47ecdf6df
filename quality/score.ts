/**
 * `npm run quality` (run through quality/run.mjs): analyses every fixture report and every real report whose
 * text is present, and prints per language and per field how often the pipeline gives what an analyst expects.
 * Flags: `--json` (machine output), `--markdown` (writes docs/quality.md), `--verbose` (each failing report,
 * expected vs got), `--texts DIR` (where the real set's texts are; default quality/real/texts), `--manifest FILE` (the
 * real set's manifest; default quality/real/manifest.json, e.g. a held-out batch of quality/heldout), `--note TEXT`
 * (a line for docs/quality.md saying what these figures are, e.g. "before" figures).
 */
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { analyze } from "../src/ingest/analyze";
import type { Analysis } from "../src/ingest/types";
import { clusterGroup, cohesive } from "./cohesion";
import type { ScoredReport } from "./expect";
import { evaluate, type ReportResult } from "./evaluate";
import { markdown, table, verbose } from "./format";
import { loadFixtures, loadRealSet } from "./load";
import { add, Tallies } from "./tally";

/** What one set (fixtures or real) scored. */
export interface SetScore {
  name: string;
  tallies: Tallies;
  results: ReportResult[];
  groups: { id: string; ids: string[]; cohesive: boolean; landed: (string | undefined)[]; why: string[] }[];
}

async function analyseAll(reports: readonly ScoredReport[]): Promise<(Analysis | Error)[]> {
  const out: (Analysis | Error)[] = [];
  for (const r of reports) {
    try {
      out.push(await analyze(r.input));
    } catch (err) {
      out.push(err instanceof Error ? err : new Error(String(err)));
    }
  }
  return out;
}

async function scoreSet(name: string, reports: readonly ScoredReport[]): Promise<SetScore> {
  const analyses = await analyseAll(reports);
  const tallies = new Tallies();
  const results = reports.map((r, i) => evaluate(r, analyses[i] ?? new Error("missing"), tallies));
  const byGroup = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.group) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), i]);
  });
  const groups: SetScore["groups"] = [];
  for (const [id, members] of byGroup) {
    if (members.length < 2) continue;
    const ok = members.map((i) => analyses[i]).filter((a): a is Analysis => !!a && !(a instanceof Error));
    const landed = ok.length === members.length ? clusterGroup(ok) : [];
    const one = cohesive(landed);
    // Groups mix languages: cohesion is counted under "all" only.
    add(tallies.of("all"), "cohesion", one ? 1 : 0);
    // What each report brought to the clusterer, for --verbose.
    const why = ok.map(
      (a) =>
        `pair ${a.pairs[0]?.key ?? "-"}, date ${a.eventDate ? `${a.eventDate.date} (${a.eventDate.evidence})` : "-"}, place ${a.place ?? "-"}, tracks ${[...a.tracks.map((t) => t.slug), ...a.sectors.map((x) => x.slug)].join("/") || "-"}`,
    );
    groups.push({ id, ids: members.map((i) => reports[i]?.id ?? "?"), cohesive: one, landed, why });
  }
  return { name, tallies, results, groups };
}

function gitCommit(): string {
  try {
    const hash = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    // The document being regenerated does not count as a change to the code that produced the figures.
    const dirty = execSync("git status --porcelain --untracked-files=no -- . :!docs/quality.md", {
      encoding: "utf8",
    }).trim();
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return "unknown";
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const root = process.cwd();
  const flag = (f: string) => argv.includes(f);
  const option = (f: string, fallback: string) => {
    const at = argv.indexOf(f);
    return (at >= 0 && argv[at + 1]) || fallback;
  };
  const textsDir = option("--texts", join(root, "quality/real/texts"));
  const manifestPath = option("--manifest", join(root, "quality/real/manifest.json"));
  const fixtures = loadFixtures(root, ["test/fixtures/articles", "quality/fixtures"]);
  const real = loadRealSet(manifestPath, textsDir);
  const sets = [await scoreSet("fixtures", fixtures)];
  if (real.reports.length) sets.push(await scoreSet("real", real.reports));
  const noteAt = argv.indexOf("--note");
  const meta = {
    note: noteAt >= 0 ? (argv[noteAt + 1] ?? "") : "",
    date: new Date().toISOString().slice(0, 10),
    commit: gitCommit(),
    fixtures: fixtures.length,
    real: real.reports.length,
    manifest: real.total,
    manifestPath: relative(root, manifestPath),
    missing: real.missing,
  };

  if (flag("--json")) {
    const json = {
      ...meta,
      sets: sets.map((s) => ({
        name: s.name,
        byLanguage: Object.fromEntries(
          [...s.tallies.byLanguage].map(([lang, t]) => [lang, Object.fromEntries(t)] as const),
        ),
        groups: s.groups,
        reports: s.results,
      })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  for (const s of sets) process.stdout.write(`${table(s)}\n`);
  if (real.missing.length) {
    process.stdout.write(
      `Real set: ${real.missing.length} of ${real.total} texts missing: ${real.missing.join(", ")}\n`,
    );
  } else if (!real.total) {
    process.stdout.write(`Real set: no manifest at ${manifestPath}\n`);
  }
  if (flag("--verbose")) for (const s of sets) process.stdout.write(verbose(s));
  if (flag("--markdown")) {
    writeFileSync(join(root, "docs/quality.md"), markdown(sets, meta));
    // The repository's formatter aligns Markdown tables; run it so `npm run check` accepts the generated file.
    execSync("npx biome format --write docs/quality.md", { cwd: root, stdio: "ignore" });
    process.stdout.write("Wrote docs/quality.md\n");
  }
}

await main(process.argv.slice(2));
