import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { CRONS } from "../../src/jobs/crons";
import { runLifecycle } from "../../src/jobs/lifecycle";

async function insertSigned(id: string, effectiveOn: string) {
  await env.DB.prepare(
    `INSERT INTO commitments (id, pair, track, kind, titles, status, signed_on, effective_on, origin, created_at, updated_at)
     VALUES (?1, 'KZ-MA', 'visa-exemption', 'agreement', '{"en":"Test"}', 'signed', '2025-01-01', ?2, 'machine', 'now', 'now')`,
  )
    .bind(id, effectiveOn)
    .run();
}

describe("lifecycle job", () => {
  it("moves a signed agreement into force on its effective date, once, with a dated step and a new version", async ({
    expect,
  }) => {
    await insertSigned("cm_test_due", "2026-01-10");
    await insertSigned("cm_test_later", "2026-06-01");
    const v0 =
      (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ??
      0;
    const at = Date.parse("2026-01-10T03:30:00Z");
    const r = await runLifecycle(env, { cron: CRONS.lifecycle, scheduledTime: at, now: new Date(at) });
    expect(r).toMatchObject({ claimed: true, advanced: [{ id: "cm_test_due", pair: "KZ-MA" }] });
    const row = await env.DB.prepare("SELECT status FROM commitments WHERE id = 'cm_test_due'").first();
    expect(row).toEqual({ status: "in_force" });
    expect(await env.DB.prepare("SELECT status FROM commitments WHERE id = 'cm_test_later'").first()).toEqual({
      status: "signed",
    });
    const step = await env.DB.prepare(
      "SELECT on_date, actor FROM commitment_status_history WHERE commitment_id = 'cm_test_due' AND status = 'in_force'",
    ).first();
    expect(step).toEqual({ on_date: "2026-01-10", actor: "lifecycle-job" });
    const v1 =
      (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ??
      0;
    expect(v1).toBeGreaterThan(v0);

    // The same scheduled time again (an overlap or a retry) is refused by the lease.
    expect(await runLifecycle(env, { cron: CRONS.lifecycle, scheduledTime: at, now: new Date(at) })).toEqual({
      runId: null,
      claimed: false,
      advanced: [],
    });
    // The next day's run finds nothing to move and changes nothing.
    const next = at + 86_400_000;
    expect(
      (await runLifecycle(env, { cron: CRONS.lifecycle, scheduledTime: next, now: new Date(next) })).advanced,
    ).toEqual([]);
    const v2 =
      (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ??
      0;
    expect(v2).toBe(v1);
    const runs = await env.DB.prepare("SELECT status, items FROM job_runs WHERE job = 'lifecycle' ORDER BY id").all();
    expect(runs.results).toEqual([
      { status: "ok", items: 1 },
      { status: "ok", items: 0 },
    ]);
  });
});
