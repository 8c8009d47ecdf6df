import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";

async function counts() {
  const tables = [
    "pairs",
    "sectors",
    "tracks",
    "commitments",
    "commitment_status_history",
    "events",
    "event_tracks",
    "positions",
    "articles",
    "claims",
    "claim_sources",
    "changes",
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${t}`).first<{ n: number }>();
    out[t] = row?.n ?? -1;
  }
  const v = await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>();
  out.version = v?.version ?? -1;
  return out;
}

describe("seed", () => {
  it("is idempotent: applying schema.sql and the seed again changes nothing", async ({ expect }) => {
    const before = await counts();
    // Re-apply schema.sql (all IF NOT EXISTS) and the seed under fresh names so the migrations table does not
    // short-circuit them. Numbered migrations are not re-run: ALTER TABLE is not meant to be idempotent.
    const again = [...env.TEST_SCHEMA, ...env.TEST_SEED].map((m) => ({ ...m, name: `again-${m.name}` }));
    await applyD1Migrations(env.DB, again);
    expect(await counts()).toEqual(before);
  });

  it("gives every seeded claim at least one source with outlet, language and date", async ({ expect }) => {
    const orphans = await env.DB.prepare(
      "SELECT c.id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id)",
    ).all();
    expect(orphans.results).toEqual([]);
    const bad = await env.DB.prepare(
      "SELECT a.id FROM articles a WHERE a.outlet = '' OR a.language = '' OR a.published_on IS NULL",
    ).all();
    expect(bad.results).toEqual([]);
    const subjects = await env.DB.prepare(
      "SELECT subject_type, count(*) AS n FROM claims GROUP BY subject_type ORDER BY subject_type",
    ).all();
    expect(subjects.results).toEqual([
      { subject_type: "commitment", n: 11 },
      { subject_type: "event", n: 5 },
      { subject_type: "position", n: 1 },
      { subject_type: "track", n: 10 },
    ]);
  });
});
