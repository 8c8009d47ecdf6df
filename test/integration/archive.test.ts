import { env, exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest";
import { PIPELINE_VERSION } from "../../src/ingest/version";
import { loadPipeline } from "../../src/ingest/load";
import { ArchiveWriteError, archiveKey, readArchivedArticle } from "../../src/store/archive";
import { call, post } from "../helpers/ingest-client";
import { fixture, inputOf } from "../unit/ingest/fixtures";
import { ArchivedArticleSchema } from "../../src/routes/admin-articles";
import { readJson, readProblem } from "../helpers/http";

const NOW = new Date("2026-11-30T12:00:00Z");

const count = async () => (await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>())?.n;

/** An R2 bucket whose writes all fail, as when R2 is unavailable. */
const failingBucket = {
  put: () => Promise.reject(new Error("R2 unavailable")),
} as unknown as R2Bucket;

describe("article archive in R2", { timeout: 30_000 }, () => {
  it("archives an admin-posted report's text and metadata, and returns them to admins", async ({ expect }) => {
    const input = inputOf(fixture("en-joint-commission-astana"));
    const { status, body } = await post("en-joint-commission-astana");
    expect(status).toBe(201);
    const id = body.article.id;
    expect(await env.ARCHIVE.head(archiveKey(id))).not.toBeNull();
    const res = await call(`/v1/admin/articles/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const got = await readJson(res, ArchivedArticleSchema);
    expect(got.article.id).toBe(id);
    expect(got.article.html).toBeNull();
    // The text the pipeline read (what a re-analysis will read again).
    expect(got.article.text.length).toBeGreaterThan(100);
    expect(input.text).toContain(got.article.text.slice(0, 40));
    expect(got.article.meta).toMatchObject({ origin: "admin", title: input.title, publishedAt: input.publishedAt });
    expect(got.article.meta).not.toHaveProperty("url");
    expect(got.article.pipelineVersion).toBe(PIPELINE_VERSION);
  });

  it("keeps the original HTML next to the cleaned text when the report came as HTML", async ({ expect }) => {
    const input = inputOf(fixture("fr-partnership"));
    const { status, body } = await post("fr-partnership");
    expect(status).toBe(201);
    const archived = await readArchivedArticle(env, body.article.id);
    expect(archived?.html).toBe(input.html);
    expect(archived?.text.length).toBeGreaterThan(100);
    expect(archived?.text).not.toMatch(/<\/?[a-z]+[ >]/);
    expect(archived?.meta).toMatchObject({ origin: "admin", url: input.url, outlet: input.outlet });
  });

  it("fails the ingest before D1 when R2 fails, and a retry stores it once", async ({ expect }) => {
    const input = inputOf(fixture("it-roadmap"));
    const pipeline = await loadPipeline();
    const before = await count();
    await expect(
      ingestArticle(env.DB, pipeline, input, { origin: "admin", now: NOW, archive: failingBucket }),
    ).rejects.toBeInstanceOf(ArchiveWriteError);
    expect(await count()).toBe(before);
    const retry = await ingestArticle(env.DB, pipeline, input, { origin: "admin", now: NOW, archive: env.ARCHIVE });
    expect(retry.kind).toBe("created");
    if (retry.kind !== "created") return;
    expect(await count()).toBe((before ?? 0) + 1);
    const again = await ingestArticle(env.DB, pipeline, input, { origin: "admin", now: NOW, archive: env.ARCHIVE });
    expect(again.kind).toBe("duplicate");
    expect(await count()).toBe((before ?? 0) + 1);
    expect(await readArchivedArticle(env, retry.resolution.id)).not.toBeNull();
  });

  it("never serves the archive without the admin token", async ({ expect }) => {
    const { body } = await post("ar-security-economy");
    const anonymous = await exports.default.fetch(
      new Request(`https://bilateral.test/v1/admin/articles/${body.article.id}`),
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("text");
    const publicPath = await exports.default.fetch(
      new Request(`https://bilateral.test/v1/articles/${body.article.id}`),
    );
    expect(publicPath.status).toBe(404);
  });

  it("answers 404 for an article without an archive and 400 for a malformed id", async ({ expect }) => {
    const seeded = await call("/v1/admin/articles/ar_seed_kzma_en1");
    expect(seeded.status).toBe(404);
    expect(await readProblem(seeded)).toMatchObject({
      code: "not-found",
      detail: "No archived article ar_seed_kzma_en1.",
    });
    const bad = await call("/v1/admin/articles/not-an-id");
    expect(bad.status).toBe(400);
    expect(await readProblem(bad)).toMatchObject({ code: "validation-failed", errors: [{ path: "param.id" }] });
  });
});
