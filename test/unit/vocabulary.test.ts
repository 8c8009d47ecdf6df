import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import schemaSql from "../../schema.sql?raw";
import { STATUS_RANK, statusRank } from "../../src/ingest/plan/ranks";
import type { WritePlan } from "../../src/ingest/plan/types";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DATE_EVIDENCE,
  EVENT_KINDS,
  ORIGINS,
  STANCES,
  TRACK_STATUSES,
} from "../../src/schemas/vocabulary";
import { applyPlan } from "../../src/store/apply-plan";
import { rankCase, STATUS_RANK_SQL } from "../../src/store/vocabulary-sql";
import { writePlan } from "../helpers/plan";

/** The `CHECK (column IN (...))` lists of schema.sql, keyed "table.column". */
function checkLists(sql: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const table of sql.matchAll(/CREATE TABLE IF NOT EXISTS (\w+) \(([\s\S]*?)\n\);/g)) {
    for (const check of (table[2] ?? "").matchAll(/^\s*(\w+) TEXT[^\n]*?CHECK \(\1 IN \(([^)]*)\)\)/gm)) {
      const values = [...(check[2] ?? "").matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
      lists.set(`${table[1]}.${check[1]}`, values);
    }
  }
  return lists;
}

const HELD: Record<string, readonly string[]> = {
  "tracks.status": TRACK_STATUSES,
  "tracks.origin": ORIGINS,
  "commitments.kind": COMMITMENT_KINDS,
  "commitments.status": COMMITMENT_STATUSES,
  "commitments.origin": ORIGINS,
  "events.date_evidence": DATE_EVIDENCE,
  "events.kind": EVENT_KINDS,
  "events.origin": ORIGINS,
  "positions.stance": STANCES,
  "positions.origin": ORIGINS,
  "claims.origin": ORIGINS,
};

describe("one vocabulary", () => {
  it("holds schema.sql's CHECK lists equal to the vocabulary's constants", ({ expect }) => {
    const lists = checkLists(schemaSql);
    for (const [column, words] of Object.entries(HELD)) {
      expect(lists.get(column)?.toSorted(), column).toEqual([...words].sort());
    }
  });

  it("builds the SQL rank from the same order as the code's rank", ({ expect }) => {
    expect(STATUS_RANK_SQL).toBe(
      "(CASE status WHEN 'discussed' THEN 0 WHEN 'proposed' THEN 1 WHEN 'agreed' THEN 2 WHEN 'signed' THEN 3 WHEN 'ratified' THEN 4 WHEN 'in_force' THEN 5 END)",
    );
    expect(STATUS_RANK.in_force).toBe(5);
    expect(statusRank("suspended")).toBeUndefined();
    expect(() => rankCase("status; DROP TABLE pairs", ["a"])).toThrow("not a vocabulary word");
  });

  it.for(["suspended", "terminated"] as const)(
    "never moves a %s commitment nor adds a history step, even from a plan built on an older read",
    async (status, { expect }) => {
      const id = `cm_halt_${status}`;
      await env.DB.prepare(
        `INSERT INTO commitments (id, pair, track, kind, titles, status, signed_on, effective_on, origin, created_at, updated_at)
         VALUES (?1, 'KZ-MA', 'visa-exemption', 'agreement', '{"en":"Test"}', ?2, '2025-01-01', NULL, 'seed', 'now', 'now')`,
      )
        .bind(id, status)
        .run();
      // A plan made while the commitment was still signed: the store itself must refuse to move it.
      await applyPlan(env.DB, stalePlan(id, status), "2026-11-30T12:00:00.000Z");
      expect(await env.DB.prepare("SELECT status FROM commitments WHERE id = ?1").bind(id).first()).toEqual({ status });
      expect(
        await env.DB.prepare("SELECT count(*) AS n FROM commitment_status_history WHERE commitment_id = ?1")
          .bind(id)
          .first(),
      ).toEqual({ n: 0 });
    },
  );
});

/** A plan that would move one commitment into force, with its history step. */
function stalePlan(commitmentId: string, tag: string): WritePlan {
  return writePlan(`ar_halt_${tag}`, ["KZ-MA"], {
    advancedCommitments: [{ id: commitmentId, status: "in_force", signedOn: null, effectiveOn: "2026-11-30" }],
    statusSteps: [{ commitmentId, status: "in_force", on: "2026-11-30" }],
  });
}
