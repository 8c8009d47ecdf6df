import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type * as v from "valibot";
import { describe, it } from "vitest";
import type { Pipeline } from "../../src/ingest/ingest";
import { loadPipeline } from "../../src/ingest/load";
import type { Analysis } from "../../src/ingest/types";
import worker from "../../src/index";
import { consumeIngest } from "../../src/jobs/consume-ingest";
import { ChangePageSchema } from "../../src/schemas/changes";
import { ReanalysisJobSchema } from "../../src/schemas/reanalysis";
import { reviewClaim, type ClaimRow } from "../../src/store/claims";
import { getJson, readJson, readProblem } from "../helpers/http";
import { call, dossier, post } from "../helpers/ingest-client";

/**
 * The next pipeline of this test: today's, with a lexicon that no longer knows some tracks' words nor their
 * sectors' (as when lexicon entries turn out to be too loose), so what those words found (track and sector hits,
 * the commitments filed under the tracks) is not found. It reads the same archived texts; nothing is hard-coded.
 */
function forgetting(real: Pipeline, tracks: { slug: string; sector: string }[]): Pipeline {
  const slugs = new Set(tracks.map((t) => t.slug));
  const sectors = new Set(tracks.map((t) => t.sector));
  const forget = (a: Analysis): Analysis => ({
    ...a,
    tracks: a.tracks.filter((t) => !slugs.has(t.slug)),
    sectors: a.sectors.filter((s) => !sectors.has(s.slug)),
    // A commitment is filed under a track when the track's words stand in its sentence: forgotten with them.
    commitments: a.commitments.filter((c) => !c.track || !slugs.has(c.track)),
  });
  return { ...real, version: "2099-01-01a", analyze: async (input) => forget(await real.analyze(input)) };
}

/** POSTs a re-analysis through the worker with a queue that captures what it sends. */
async function startJob(
  body: object,
): Promise<{ status: number; job: v.InferOutput<typeof ReanalysisJobSchema>["job"]; sent: unknown[] }> {
  const sent: unknown[] = [];
  const queue = {
    send: async (b: unknown) => void sent.push(b),
    sendBatch: async (msgs: Iterable<{ body: unknown }>) => void sent.push(...[...msgs].map((m) => m.body)),
  } as unknown as Queue;
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request("https://bilateral.test/v1/admin/jobs/reanalyze", {
      method: "POST",
      headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { ...env, INGEST: queue },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  if (res.status !== 202) throw new Error(`POST reanalyze: ${res.status} ${await res.text()}`);
  return { status: res.status, job: (await readJson(res, ReanalysisJobSchema)).job, sent };
}

/** Hands the captured messages to the real consumer, with the given pipeline. */
async function consume(sent: unknown[], pipeline: Pipeline) {
  const batch = createMessageBatch(
    "bilateral-ingest",
    sent.map((body, i) => ({ id: `r${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await consumeIngest(batch, env, { pipeline: async () => pipeline });
  const result = await getQueueResult(batch, ctx);
  return result.explicitAcks;
}

const jobOf = async (id: number) => (await readJson(await call(`/v1/admin/jobs/${id}`), ReanalysisJobSchema)).job;

const state = async () => ({
  changes: (await env.DB.prepare("SELECT count(*) AS n FROM changes").first<{ n: number }>())?.n,
  version: (await env.DB.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())
    ?.version,
});

describe("re-analysis of archived reports (R2 → queue → D1)", () => {
  it("after a lexicon change, updates the dossier, retracts in /changes, spares reviewed claims, and changes nothing run twice", {
    timeout: 90_000,
  }, async ({ expect }) => {
    const astana = (await post("en-joint-commission-astana")).body.article;
    const visa = (await post("en-position-visa")).body.article;
    const real = await loadPipeline();
    // The tracks the next lexicon forgets: two the Astana report was read as being about.
    const forgotten = await env.DB.prepare(
      `SELECT t.slug, t.sector FROM tracks t WHERE t.pair = 'KZ-MA' AND t.slug IN (SELECT value FROM json_each(?1))
       ORDER BY t.slug LIMIT 2`,
    )
      .bind(JSON.stringify(astana.tracks))
      .all<{ slug: string; sector: string }>();
    const [plain, guarded] = forgotten.results;
    expect(guarded).toBeDefined();
    if (!plain || !guarded) return;
    const next = forgetting(real, [plain, guarded]);
    const sourcesOf = async (slug: string) => (await dossier()).tracks.find((t) => t.slug === slug)?.sourceCount;
    const sourcesBefore = await sourcesOf(plain.slug);
    const guardedBefore = await sourcesOf(guarded.slug);

    // A reviewer confirmed the Astana report's claims on the second track (its own and those of its commitments),
    // which the next lexicon no longer supports: no re-analysis may touch them.
    const reviewed = await env.DB.prepare(
      `SELECT c.id, c.pair, c.subject_type, c.subject_id, c.predicate, c.value, c.origin, c.review, c.confidence
       FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id
       WHERE cs.article_id = ?1 AND c.origin = 'machine' AND (
         (c.subject_type = 'track' AND c.subject_id = ?2)
         OR (c.subject_type = 'commitment' AND c.subject_id IN (SELECT id FROM commitments WHERE pair = 'KZ-MA' AND track = ?2)))`,
    )
      .bind(astana.id, guarded.slug)
      .all<ClaimRow>();
    expect(reviewed.results.length).toBeGreaterThan(0);
    for (const claim of reviewed.results) {
      const read = { claim, reviews: 0 };
      expect(await reviewClaim(env.DB, read, "confirm", undefined, "checked", new Date().toISOString())).toBe(
        "reviewed",
      );
    }

    // Dry run: a report per pair, nothing written.
    const before = await state();
    const dry = await startJob({ pair: "ma-kz", dryRun: true });
    expect(dry.status).toBe(202);
    expect(dry.job).toMatchObject({ pair: "KZ-MA", dryRun: true, status: "running", total: 2, done: 0 });
    expect(dry.sent).toHaveLength(1);
    expect(await consume(dry.sent, next)).toEqual(["r0"]);
    const dryDone = await jobOf(dry.job.id);
    expect(dryDone).toMatchObject({ status: "done", total: 2, done: 2, failed: 0 });
    const dryReport = dryDone.report.find((p) => p.pair === "KZ-MA");
    expect(dryReport?.retracted).toBeGreaterThan(0);
    expect(await state()).toEqual(before);

    // The real run: what the dry run announced is what happens.
    const run = await startJob({ pair: "KZ-MA", until: new Date().toISOString().slice(0, 10) });
    expect(run.job.total).toBe(2);
    await consume(run.sent, next);
    const ran = await jobOf(run.job.id);
    expect(ran).toMatchObject({
      status: "done",
      done: 2,
      failed: 0,
      dryRun: false,
      pipelineVersion: expect.any(String),
    });
    expect(ran.report).toEqual(dryDone.report);
    const after = await state();
    expect(after.version).toBeGreaterThan(before.version ?? 0);

    // The dossier: the first forgotten track lost the Astana report's source (the seed's and others' stay); the
    // second keeps it, through the reviewed claims.
    expect(await sourcesOf(plain.slug)).toBeLessThan(sourcesBefore ?? 0);
    expect(await sourcesOf(guarded.slug)).toBe(guardedBefore);
    // The change feed says so: retracted sources (and claims left with none), never deletions.
    const feed = await getJson(`/v1/pairs/KZ-MA/changes?limit=200`, ChangePageSchema);
    const retracted = feed.body.changes.filter((ch) => ch.action === "retracted");
    expect(retracted.some((ch) => ch.entity.type === "source" && ch.entity.id.endsWith(`/${astana.id}`))).toBe(true);
    expect(retracted.filter((ch) => ch.entity.type === "source").length).toBe(dryReport?.retracted);
    const kept = await env.DB.prepare(
      "SELECT count(*) AS n FROM claim_sources WHERE article_id = ?1 AND retracted_at IS NOT NULL",
    )
      .bind(astana.id)
      .first<{ n: number }>();
    expect(kept?.n).toBeGreaterThan(0);
    // The reviewed claims and their sources are untouched.
    const spared = await env.DB.prepare(
      `SELECT count(*) AS n FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id
       WHERE c.id IN (SELECT value FROM json_each(?1)) AND cs.article_id = ?2
         AND c.retracted_at IS NULL AND cs.retracted_at IS NULL`,
    )
      .bind(JSON.stringify(reviewed.results.map((c) => c.id)), astana.id)
      .first<{ n: number }>();
    expect(spared?.n).toBe(reviewed.results.length);
    // Each article records the pipeline that read it last.
    const versions = await env.DB.prepare("SELECT DISTINCT pipeline_version AS v FROM articles WHERE id IN (?1, ?2)")
      .bind(astana.id, visa.id)
      .all<{ v: string }>();
    expect(versions.results).toEqual([{ v: "2099-01-01a" }]);

    // Twice: nothing changes the second time.
    const again = await startJob({ pair: "KZ-MA" });
    await consume(again.sent, next);
    expect((await jobOf(again.job.id)).report.every((p) => p.added + p.retracted + p.moved === 0)).toBe(true);
    expect(await state()).toEqual(after);

    // The old pipeline reads the texts as before: what it retracted comes back as sources again.
    const back = await startJob({ pair: "KZ-MA" });
    await consume(back.sent, real);
    expect(await sourcesOf(plain.slug)).toBe(sourcesBefore);
  });

  it("answers 404 for an unknown job and 400 for a scope that is not one", async ({ expect }) => {
    const missing = await call("/v1/admin/jobs/999999");
    expect(missing.status).toBe(404);
    expect(await readProblem(missing)).toMatchObject({ code: "not-found", detail: "No job 999999." });
    const post = (body: object) =>
      call("/v1/admin/jobs/reanalyze", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const reversed = await post({ since: "2025-02-01", until: "2025-01-01" });
    expect(reversed.status).toBe(400);
    expect(await readProblem(reversed)).toMatchObject({ code: "validation-failed" });
    const badPair = await post({ pair: "XX-XX" });
    expect(badPair.status).toBe(400);
    expect(await readProblem(badPair)).toMatchObject({ code: "invalid-pair" });
    const unknownField = await post({ pairs: "KZ-MA" });
    expect(unknownField.status).toBe(400);
  });
});
