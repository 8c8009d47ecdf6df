/** The scorer's outputs: a plain table for the terminal, `--verbose` details and docs/quality.md. */
import type { SetScore } from "./score";
import { cell, METRICS } from "./tally";

const LANGUAGES = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"] as const;

function columns(s: SetScore): string[] {
  const seen = [...s.tallies.byLanguage.keys()];
  return [
    ...LANGUAGES.filter((l) => seen.includes(l)),
    ...seen.filter((l) => l !== "all" && !LANGUAGES.includes(l as never)),
    "all",
  ];
}

function reportsPerLanguage(s: SetScore, lang: string): number {
  return lang === "all" ? s.results.length : s.results.filter((r) => r.language === lang).length;
}

/** The set's figures as an aligned text table: metrics down, languages across (counts per language, % overall). */
export function table(s: SetScore): string {
  const cols = columns(s);
  const rows: string[][] = [["", ...cols.map((c) => `${c} (${reportsPerLanguage(s, c)})`)]];
  for (const m of METRICS) {
    const cells = cols.map((c) => cell(m, s.tallies.of(c).get(m.key), c === "all"));
    if (cells.every((x) => x === "–")) continue;
    rows.push([m.label, ...cells]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const lines = rows.map((r) =>
    r.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join("  "),
  );
  const failing = s.results.filter((r) => r.failures.length).length;
  return `== ${s.name}: ${s.results.length} reports, ${failing} with at least one failure ==\n${lines.join("\n")}\n`;
}

/** Each failing report: id, language, kind, each failed field with expected vs got, then why (scores, dates). */
export function verbose(s: SetScore): string {
  const out: string[] = [];
  for (const r of s.results) {
    if (!r.failures.length) continue;
    out.push(`\n-- ${s.name}/${r.id} [${r.language}${r.kind ? `, ${r.kind}` : ""}]`);
    for (const f of r.failures) out.push(`   ✗ ${f.field}: expected ${f.expected} | got ${f.got}`);
    for (const line of r.trace) out.push(`     · ${line}`);
  }
  for (const g of s.groups.filter((x) => !x.cohesive)) {
    out.push(`\n-- ${s.name} group ${g.id} does not form one event:`);
    for (const [i, id] of g.ids.entries()) {
      out.push(`   ${id} → ${g.landed[i] ?? "(no event)"}${g.why[i] ? ` · ${g.why[i]}` : ""}`);
    }
  }
  return `${out.join("\n")}\n`;
}

const EXPLAIN: Record<string, string> = {
  language: "the detected language is the report's language.",
  pairPrecision: "of the pairs the pipeline gave, the share an analyst expects.",
  pairRecall: "of the pairs an analyst expects, the share the pipeline gave.",
  exactPair: "reports about one pair whose predicted pairs are exactly that pair.",
  negatives: "reports about no pair (summits, passing mentions) that got no pair.",
  eventDate:
    "the event date is the happening's date; a report that states none is right with none or its publication date.",
  future: "reports whose event date lies after their publication date.",
  place:
    "the place (dateline or lead) matches the expected one, case- and accent-insensitive on the English name; a report that names none must get none.",
  title: "the report gets a real title: non-empty, not a placeholder such as “Report”, not a page's date stamp.",
  sectorsAll: "reports whose sectors include every sector an analyst requires.",
  sectorRecall: "required sectors found, over all required sectors.",
  sectorPrecision:
    "predicted sectors that are among the required ones; a lower bound, since an analyst lists only what is required.",
  firmRecall:
    "signed, ratified or in-force instruments the report states that became a commitment with that status and the same track or legal form.",
  firmRecallDated:
    "the same recall, counting only matches whose signature and entry-into-force dates are the expected ones (the issue's target).",
  firmPrecision: "of the commitments the pipeline marks signed, ratified or in force, the share that are real.",
  firmDates: "among matched commitments, those whose signature and entry-into-force dates are the expected ones.",
  "recall:signed": "the same recall, for instruments the report states as signed.",
  "precision:signed": "the same precision, for commitments the pipeline marks signed.",
  "recall:ratified": "the same recall, for ratified instruments.",
  "precision:ratified": "the same precision, for commitments marked ratified.",
  "recall:in_force": "the same recall, for instruments stated in force.",
  "precision:in_force": "the same precision, for commitments marked in force.",
  firmByCount:
    "of the recalled instruments, those known only as one of a batch the report counts without telling its instruments apart (“seven memoranda were signed”): a commitment with `instruments` > 1 stands for each, with no subject of its own.",
  invented: "commitments marked signed, ratified or in force that no expected instrument matches.",
  cohesion:
    "groups (reports of one meeting from several outlets) whose reports all land in one event when replayed through `matchEvent` (src/ingest/plan/cluster.ts) in publication order.",
};

/** docs/quality.md: the figures per language and set, where they came from, what each metric means. */
export function markdown(
  sets: readonly SetScore[],
  meta: {
    note: string;
    date: string;
    commit: string;
    fixtures: number;
    real: number;
    manifest: number;
    manifestPath: string;
    missing: string[];
  },
): string {
  const out: string[] = [
    "# Extraction quality",
    "",
    "Generated by `npm run quality -- --markdown`; do not edit by hand. How the real development set was built and",
    "how to fetch its texts: [quality/real/README.md](../quality/real/README.md).",
    "",
    ...(meta.note ? [meta.note, ""] : []),
    `- Date: ${meta.date}`,
    `- Commit: ${meta.commit}`,
    `- Fixture reports: ${meta.fixtures} (test/fixtures/articles and quality/fixtures, written in the project's words)`,
    `- Real reports: ${meta.real} of the ${meta.manifest} in ${meta.manifestPath}${meta.missing.length ? ` (${meta.missing.length} texts missing)` : ""}`,
    "",
  ];
  for (const s of sets) {
    const cols = columns(s);
    out.push(`## ${s.name === "real" ? "Real development set" : "Fixtures"}`, "");
    out.push(`| metric | ${cols.map((c) => `${c} (${reportsPerLanguage(s, c)})`).join(" | ")} |`);
    out.push(`|---|${cols.map(() => "---:").join("|")}|`);
    for (const m of METRICS) {
      const cells = cols.map((c) => cell(m, s.tallies.of(c).get(m.key), c === "all"));
      if (cells.every((x) => x === "–")) continue;
      out.push(`| ${m.label} | ${cells.join(" | ")} |`);
    }
    out.push("");
  }
  out.push(
    "## Metrics and targets",
    "",
    "Targets are those of issues 10 (pairs, dates, places, titles, sectors) and 11 (commitments).",
    "",
  );
  out.push("| metric | meaning | target |", "|---|---|---|");
  for (const m of METRICS) out.push(`| ${m.label} | ${EXPLAIN[m.key] ?? ""} | ${m.target ?? "–"} |`);
  out.push(
    "",
    "Per-language cells show counts; the `all` column adds the percentage. A dash means nothing was scored.",
    "",
  );
  return `${out.join("\n")}\n`;
}
