/** Capturing the statements a store function prepares, and their EXPLAIN QUERY PLAN against the real D1. */
import { env } from "cloudflare:workers";

/**
 * Tables that grow with reports (a million rows at the scale of docs/scale.md): a read may reach them only through
 * an index. Written as words, in the order rows are created for a report.
 */
export const GROWING_TABLES: readonly string[] =
  "articles article_bands article_pairs tracks events event_tracks commitments commitment_status_history positions claims claim_sources changes reanalysis_job_pairs".split(
    " ",
  );

export interface Captured {
  sql: string;
  params: unknown[];
}

/** A D1 stand-in that records the statements a store function prepares (and runs none: every read is empty). */
export function recorder(): { db: D1Database; statements: Captured[]; batches: number[] } {
  const statements: Captured[] = [];
  /** The size of each batch run, in order. */
  const batches: number[] = [];
  const empty = { results: [], success: true, meta: {} };
  const db = {
    prepare(sql: string) {
      const entry: Captured = { sql, params: [] };
      statements.push(entry);
      const stmt = {
        bind(...params: unknown[]) {
          entry.params = params;
          return stmt;
        },
        all: async () => empty,
        run: async () => empty,
        first: async () => null,
      };
      return stmt;
    },
    batch: async (list: unknown[]) => {
      batches.push(list.length);
      return list.map(() => empty);
    },
  };
  return { db: db as unknown as D1Database, statements, batches };
}

/** The EXPLAIN QUERY PLAN lines of every captured statement, run against the real D1 with the same binds. */
export async function plans(statements: Captured[]): Promise<string[]> {
  const lines: string[] = [];
  for (const s of statements) {
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${s.sql}`)
      .bind(...s.params)
      .all<{ detail: string }>();
    lines.push(...results.map((r) => r.detail));
  }
  return lines;
}
