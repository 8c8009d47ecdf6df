import { describe, it } from "vitest";
import { changesAfter } from "../../src/store/changes";
import { claimsWithSources, readMilestones } from "../../src/store/exports";
import { findDuplicate, readIngestContext } from "../../src/store/ingest";
import { allPairKeys, listPairs, listPairsOf } from "../../src/store/pairs";
import { readFeedRows } from "../../src/store/reader-feed";
import { readStoredArticle } from "../../src/store/reanalysis";
import { listScopeArticles, readReanalysisJob } from "../../src/store/reanalysis-jobs";
import { listSectors } from "../../src/store/sectors";
import { readGlobalVersion, readPairVersion } from "../../src/store/versions";
import { type Captured, GROWING_TABLES, plans, recorder } from "../helpers/query-plan";

const BIG = GROWING_TABLES;

/** Every read statement besides the dossier's (test/unit/query-plan.test.ts), by what it serves. */
const READS: [string, (db: D1Database) => Promise<unknown>][] = [
  ["pair version", (db) => readPairVersion(db, "KZ-MA")],
  ["global version", (db) => readGlobalVersion(db)],
  ["pairs list, first page", (db) => listPairs(db, 51, null)],
  ["pairs list, deep page", (db) => listPairs(db, 51, "MA-ZW")],
  ["home page search (pairs of the countries named)", (db) => listPairsOf(db, ["MA", "ZW"], 500)],
  ["changes at a deep cursor", (db) => changesAfter(db, "KZ-MA", 900_000, 51)],
  ["Atom reader feed", (db) => readFeedRows(db, "KZ-MA", 50)],
  ["calendar milestones", (db) => readMilestones(db, "KZ-MA")],
  ["claims export", (db) => claimsWithSources(db, "KZ-MA")],
  ["duplicate check", (db) => findDuplicate(db, "https://example.test/a", "0123abcd")],
  ["ingest context", (db) => readIngestContext(db, ["KZ-MA"], "2025-02-28", ["b0:1", "b1:2"], "2026-01-01")],
  ["ingest context without a date", (db) => readIngestContext(db, ["KZ-MA"], undefined, ["b0:1"], "2026-01-01")],
  [
    "re-analysis: one pair's articles",
    (db) => listScopeArticles(db, { pair: "KZ-MA", since: "2025-01-01", until: null }),
  ],
  ["re-analysis: every article", (db) => listScopeArticles(db, { pair: null, since: null, until: "2026-01-01" })],
  ["re-analysis: one article's claims", (db) => readStoredArticle(db, "ar_0123456789abcdef")],
  ["re-analysis: a job", (db) => readReanalysisJob(db, 1)],
];

/** Small reference tables, read whole on purpose: the sector taxonomy and the tracked pairs' keys. */
const WHOLE: [string, (db: D1Database) => Promise<unknown>, string][] = [
  ["sectors", (db) => listSectors(db), "SCAN sectors"],
  ["pair keys (countries index)", (db) => allPairKeys(db), "SCAN pairs"],
];

async function explain(
  read: (db: D1Database) => Promise<unknown>,
): Promise<{ lines: string[]; statements: Captured[] }> {
  const { db, statements } = recorder();
  await read(db);
  return { lines: await plans(statements), statements };
}

/** The plan lines that read a big table (by name or alias) without an index. */
function unindexed(lines: string[], statements: Captured[]): string[] {
  const aliases = new Set(BIG);
  // Aliases (`FROM claims c`) name the table in plans: collect them from the SQL.
  for (const s of statements)
    for (const m of s.sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)\s+(?:AS\s+)?([a-z]{1,3})\b/gi))
      if (m[1] && m[2] && BIG.includes(m[1])) aliases.add(m[2]);
  return lines.filter((l) => {
    const m = /^(SCAN|SEARCH) ([a-z_]+)\b/.exec(l);
    if (!m?.[2] || !aliases.has(m[2])) return false;
    return m[1] === "SCAN" || !/ USING (COVERING )?(INDEX|INTEGER PRIMARY KEY|PRIMARY KEY)/.test(l);
  });
}

describe("every read statement uses an index (EXPLAIN QUERY PLAN)", () => {
  it.for(READS)("%s: no big table is scanned", async ([, read], { expect }) => {
    const { lines, statements } = await explain(read);
    expect(statements.length).toBeGreaterThan(0);
    expect(unindexed(lines, statements)).toEqual([]);
  });

  it.for(WHOLE)("%s: the one scan is of a small reference table", async ([, read, scan], { expect }) => {
    const { lines } = await explain(read);
    expect(lines.filter((l) => l.startsWith("SCAN "))).toEqual([expect.stringMatching(new RegExp(`^${scan}\\b`))]);
  });
});
