/** Reading the reports to score: the fixtures (test/fixtures/articles, quality/fixtures) and the real set. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Expectation, fixtureReport, type ScoredReport } from "./expect";

/** One entry of quality/real/manifest.json. */
export interface ManifestReport {
  id: string;
  url: string;
  query: string;
  language: string;
  outlet: string;
  publishedOn: string | null;
  kind: string;
  group?: string;
  expect: Expectation;
}

/** The fixture reports that carry expectations, from every folder given (missing folders are skipped). */
export function loadFixtures(root: string, folders: readonly string[]): ScoredReport[] {
  const out: ScoredReport[] = [];
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".json")) continue;
      const report = fixtureReport(file.slice(0, -5), JSON.parse(readFileSync(join(dir, file), "utf8")));
      if (report) out.push(report);
    }
  }
  return out;
}

/** The real set: the manifest's reports whose text is present, and the ids whose text is missing. */
export function loadRealSet(
  manifestPath: string,
  textsDir: string,
): { reports: ScoredReport[]; missing: string[]; total: number } {
  if (!existsSync(manifestPath)) return { reports: [], missing: [], total: 0 };
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { reports: ManifestReport[] };
  const reports: ScoredReport[] = [];
  const missing: string[] = [];
  for (const m of manifest.reports) {
    const file = join(textsDir, `${m.id}.json`);
    if (!existsSync(file)) {
      missing.push(m.id);
      continue;
    }
    const t = JSON.parse(readFileSync(file, "utf8")) as {
      url?: string;
      outlet?: string;
      publishedAt?: string;
      title?: string;
      text: string;
    };
    const input: ScoredReport["input"] = { text: t.text, url: t.url ?? m.url, outlet: t.outlet ?? m.outlet };
    const publishedAt = t.publishedAt ?? m.publishedOn ?? undefined;
    if (publishedAt) input.publishedAt = publishedAt;
    if (t.title) input.title = t.title;
    const report: ScoredReport = { id: m.id, set: "real", language: m.language, kind: m.kind, input, expect: m.expect };
    if (m.group) report.group = m.group;
    reports.push(report);
  }
  return { reports, missing, total: manifest.reports.length };
}
