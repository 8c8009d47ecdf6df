import { env, exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import type { WritePlan } from "../../src/ingest/plan/types";
import { applyPlan } from "../../src/store/apply-plan";
import { claimDueFeeds } from "../../src/store/feeds";
import { writePlan } from "../helpers/plan";

const post = (body: unknown) =>
  exports.default.fetch(
    new Request("https://bilateral.test/v1/admin/articles", {
      method: "POST",
      headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

/** A plan that only advances one commitment (what a report read before a concurrent write would carry). */
function advancePlan(id: string, status: "signed" | "in_force", article: string): WritePlan {
  return writePlan(article, [], { advancedCommitments: [{ id, status, signedOn: null, effectiveOn: null }] });
}

describe("concurrent writers", () => {
  it("answers concurrent posts of one URL with one 201 and duplicates, never a 500", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const base = { url: "https://race.example/story", outlet: "Race Wire", language: "en", publishedAt: "2025-03-01" };
    const texts = [1, 2, 3].map(
      (n) =>
        `Kazakhstan and Morocco signed a visa exemption agreement, report number ${n} says, and Rabat welcomed the step.`,
    );
    const statuses = (await Promise.all(texts.map((text) => post({ ...base, text })))).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 201]);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM articles WHERE url = ?1")
      .bind(base.url)
      .first<{ n: number }>();
    expect(stored?.n).toBe(1);
  });

  it("never moves a commitment backwards when a stale plan is applied after a newer one", async ({ expect }) => {
    const now = "2025-04-01T00:00:00.000Z";
    await applyPlan(env.DB, advancePlan("cm_kzma_grain_hub", "in_force", "ar_race_new"), now);
    await applyPlan(env.DB, advancePlan("cm_kzma_grain_hub", "signed", "ar_race_stale"), now);
    const row = await env.DB.prepare("SELECT status FROM commitments WHERE id = 'cm_kzma_grain_hub'").first();
    expect(row).toEqual({ status: "in_force" });
  });

  it("lets only one overlapping refresh claim a due feed", async ({ expect }) => {
    const t = "2025-04-01T00:00:00.000Z";
    await env.DB.prepare(
      "INSERT INTO feeds (url, next_poll_at, created_at) VALUES ('https://race.example/feed', ?1, ?1)",
    )
      .bind(t)
      .run();
    const lease = "2025-04-01T00:10:00.000Z";
    const [a, b] = await Promise.all([claimDueFeeds(env.DB, t, lease, 10), claimDueFeeds(env.DB, t, lease, 10)]);
    expect([...(a ?? []), ...(b ?? [])]).toHaveLength(1);
  });
});
