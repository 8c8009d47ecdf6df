import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { PIPELINE_VERSION } from "../../src/ingest/version";
import { type Dossier, dossier, post, RABAT, type Resolved } from "../helpers/ingest-client";

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? -1;

describe("ingesting reports of the seeded Morocco–Kazakhstan dossier", () => {
  it("enriches the seeded dossier with new sources instead of twins, across languages and outlets", {
    timeout: 30_000,
  }, async ({ expect }) => {
    const before = await dossier();
    const commitmentsBefore = await count("SELECT count(*) AS n FROM commitments");
    const eventsBefore = await count("SELECT count(*) AS n FROM events");

    const visit = ["en-sahara-position", "en-position-visa", "fr-partnership", "ar-security-economy", "it-roadmap"];
    const results: Record<string, Resolved["article"]> = {};
    for (const name of visit) {
      const { status, body } = await post(name);
      expect(status, name).toBe(201);
      results[name] = body.article;
      expect(body.article.pairs, name).toEqual(["KZ-MA"]);
      // Every report of the visit joins the seeded Rabat event.
      expect(
        body.article.events.map((e) => e.id),
        name,
      ).toEqual([RABAT]);
    }
    expect(Object.values(results).map((r) => r.language)).toEqual(["en", "en", "fr", "ar", "it"]);
    expect(results["it-roadmap"]?.tracks).toEqual(
      expect.arrayContaining(["grain-logistics-hub", "joint-commission", "religious-ties", "visa-exemption"]),
    );
    expect(results["ar-security-economy"]?.tracks).toContain("security");
    expect(results["en-position-visa"]?.commitments).toContain("cm_kzma_visa_exemption");

    // No twins: the visit's commitments and event already existed.
    expect(await count("SELECT count(*) AS n FROM events")).toBe(eventsBefore);
    expect(await count("SELECT count(*) AS n FROM commitments WHERE track = 'visa-exemption'")).toBe(1);
    expect(await count("SELECT count(*) AS n FROM commitments")).toBe(commitmentsBefore);

    const after = await dossier();
    expect(after.version).toBeGreaterThan(before.version);
    const rabat = after.events.find((e) => e.id === RABAT);
    const newIds = Object.values(results).map((r) => r.id);
    expect(rabat?.sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(newIds));
    expect(rabat?.sources.filter((s) => s.machineCoded).length).toBeGreaterThanOrEqual(1);
    const visa = after.commitments.find((c) => c.id === "cm_kzma_visa_exemption");
    expect(visa?.status).toBe("in_force"); // a report saying "will enter into force" does not move it back
    expect(visa?.sources.map((s) => s.articleId)).toContain(results["en-position-visa"]?.id);
    const kz = after.positions.find((p) => p.holder === "KZ");
    expect(kz?.sources.length).toBeGreaterThan(before.positions.find((p) => p.holder === "KZ")?.sources.length ?? 0);
    const sec = (d: Dossier) => d.tracks.find((t) => t.slug === "security")?.sourceCount ?? 0;
    expect(sec(after)).toBeGreaterThan(sec(before));
  });

  it("stores an article naming many countries in passing without inventing a pair", async ({ expect }) => {
    const pairsBefore = await count("SELECT count(*) AS n FROM pairs");
    const { status, body } = await post("en-many-countries");
    expect(status).toBe(201);
    expect(body.article).toMatchObject({ pairs: [], events: [] });
    expect(await count("SELECT count(*) AS n FROM pairs")).toBe(pairsBefore);
    expect(await count(`SELECT count(*) AS n FROM claim_sources WHERE article_id = '${body.article.id}'`)).toBe(0);
  });

  it("records which pipeline read each new report, so a re-analysis knows what is out of date", async ({ expect }) => {
    const { body } = await post("fr-partnership");
    const row = await env.DB.prepare("SELECT pipeline_version FROM articles WHERE id = ?1")
      .bind(body.article.id)
      .first<{ pipeline_version: string | null }>();
    expect(row?.pipeline_version).toBe(PIPELINE_VERSION);
  });
});
