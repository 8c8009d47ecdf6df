import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { getClaim, reviewClaim } from "../../src/store/claims";

const ID = "cl_test_review_race";
const NOW = "2026-01-02T03:04:05.000Z";

async function read() {
  const found = await getClaim(env.DB, ID);
  if (!found) throw new Error("the test claim is missing");
  return { claim: found.claim, reviews: found.history.length };
}

describe("reviewClaim: the check and the write are one transaction", () => {
  beforeAll(async () => {
    await env.DB.prepare(
      `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, review, created_at, updated_at)
       VALUES (?1, 'KZ-MA', 'commitment', 'cm_kzma_grain_hub', 'status', 'agreed', 'machine', 0.6, 'unreviewed', 'now', 'now')`,
    )
      .bind(ID)
      .run();
  });

  it("applies a review made from a reading once, and refuses a second made from the same reading", async ({
    expect,
  }) => {
    const seen = await read();
    expect(await reviewClaim(env.DB, seen, "correct", "signed", "first", NOW)).toBe("reviewed");
    // The same reading again: the claim and its record stay as the first review left them, no history row added.
    expect(await reviewClaim(env.DB, seen, "correct", "in_force", "second", NOW)).toBe("stale");
    const after = await getClaim(env.DB, ID);
    expect(after?.claim).toMatchObject({ value: "signed", review: "corrected", origin: "reviewed" });
    expect(after?.history.map((h) => h.note)).toEqual(["first"]);
    const commitment = await env.DB.prepare("SELECT status FROM commitments WHERE id = 'cm_kzma_grain_hub'").first();
    expect(commitment).toEqual({ status: "signed" });
    const steps = await env.DB.prepare(
      "SELECT status FROM commitment_status_history WHERE commitment_id = 'cm_kzma_grain_hub' AND status = 'in_force'",
    ).all();
    expect(steps.results).toEqual([]);
  });

  it("refuses a review when the claim changed without a review since it was read", async ({ expect }) => {
    const seen = await read();
    // An ingest raising the confidence changes what the ETag digests.
    await env.DB.prepare("UPDATE claims SET confidence = 0.9 WHERE id = ?1").bind(ID).run();
    expect(await reviewClaim(env.DB, seen, "confirm", undefined, "late", NOW)).toBe("stale");
    expect(await reviewClaim(env.DB, await read(), "confirm", undefined, "fresh", NOW)).toBe("reviewed");
    expect((await getClaim(env.DB, ID))?.history.map((h) => h.note)).toEqual(["first", "fresh"]);
  });
});
