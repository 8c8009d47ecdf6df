import { env } from "cloudflare:workers";
import type * as v from "valibot";
import { beforeAll, describe, it } from "vitest";
import { invalidateVersionMemo } from "../../src/http/cache";
import { DossierSchema, SourcePageSchema } from "../../src/schemas/dossier";
import { SOURCES_SHOWN } from "../../src/store/sources";
import { get, getJson, readProblem } from "../helpers/http";

type Page = v.InferOutput<typeof SourcePageSchema>;
type Source = Page["sources"][number];
const dossier = async () => (await getJson("/v1/pairs/KZ-MA", DossierSchema)).body;

const MANY = 1783;
let eventId = "";
let commitmentId = "";

/** Ties `count` generated articles (every tenth undated, dates repeating) to one claim about the subject. */
async function attach(prefix: string, subjectType: string, subjectId: string, count: number): Promise<void> {
  const now = "2025-06-01T00:00:00Z";
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO articles (id, url, content_hash, outlet, language, title, published_on, fetched_at, origin)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
       SELECT printf('%s_%04d', ?1, i), printf('https://wire.example/%s/%d', ?1, i), printf('hash-%s-%d', ?1, i),
         'Example Wire', 'en', printf('Report %d', i),
         CASE WHEN i % 10 = 0 THEN NULL ELSE date('2024-01-01', '+' || (i % 300) || ' days') END, ?3, 'feed'
       FROM n`,
    ).bind(prefix, count, now),
    env.DB.prepare(
      `INSERT INTO claims (id, pair, subject_type, subject_id, predicate, value, origin, confidence, created_at, updated_at)
       VALUES (?1, 'KZ-MA', ?2, ?3, 'mentioned', 'yes', 'machine', 0.9, ?4, ?4)`,
    ).bind(`cl_${prefix}`, subjectType, subjectId, now),
    env.DB.prepare(
      `INSERT INTO claim_sources (claim_id, article_id, language, first_seen, last_seen, origin)
       SELECT ?1, id, 'en', ?2, ?2, 'machine' FROM articles WHERE substr(id, 1, length(?3)) = ?3`,
    ).bind(`cl_${prefix}`, now, `${prefix}_`),
  ]);
}

/** Walks every page of a sources route; returns the pages. */
async function walk(path: string, limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const page: Page = (await getJson(`${path}${query}`, SourcePageSchema)).body;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 1000);
  return pages;
}

/** True when `a` comes strictly after `b` newest first: an older date (undated = ''), or the same and a lower id. */
const after = (a: Source, b: Source) => {
  const [da, db] = [a.publishedOn ?? "", b.publishedOn ?? ""];
  return da < db || (da === db && a.articleId < b.articleId);
};

beforeAll(async () => {
  const d = await dossier();
  eventId = d.events[0]?.id ?? "";
  commitmentId = d.commitments[0]?.id ?? "";
  await attach("many", "event", eventId, MANY);
  await attach("some", "commitment", commitmentId, 25);
  // A data change outside the write path: bump the version so cached bodies of the seed are not served.
  await env.DB.prepare("UPDATE pairs SET version = version + 1 WHERE key = 'KZ-MA'").run();
  invalidateVersionMemo("KZ-MA");
});

describe("sources per event and per commitment", () => {
  it("caps an event with 1,783 sources in the dossier and walks all of them through the paged route", async ({
    expect,
  }) => {
    const d = await dossier();
    const event = d.events.find((e) => e.id === eventId);
    expect(event?.sources).toHaveLength(SOURCES_SHOWN);
    expect(event?.sourceCount).toBeGreaterThanOrEqual(MANY);

    const pages = await walk(`/v1/pairs/KZ-MA/events/${eventId}/sources`, 100);
    const all = pages.flatMap((p) => p.sources);
    expect(pages.every((p) => p.sourceCount === event?.sourceCount && p.subject.id === eventId)).toBe(true);
    expect(pages.length).toBe(Math.ceil((event?.sourceCount ?? 0) / 100));
    expect(all).toHaveLength(event?.sourceCount ?? -1);
    expect(new Set(all.map((s) => s.articleId)).size).toBe(all.length);
    expect(all.filter((s) => s.articleId.startsWith("many_"))).toHaveLength(MANY);
    // Newest first, undated last, ties broken by id: each key is below the one before.
    const unordered = all.filter((s, i) => i > 0 && !after(s, all[i - 1] as Source));
    expect(unordered).toEqual([]);
    expect(all.at(-1)?.publishedOn).toBeNull();
    // The dossier shows exactly the first page's newest SOURCES_SHOWN.
    expect(new Set(event?.sources.map((s) => s.articleId))).toEqual(
      new Set(all.slice(0, SOURCES_SHOWN).map((s) => s.articleId)),
    );
  });

  it("caps a commitment's sources and pages them the same way", async ({ expect }) => {
    const d = await dossier();
    const cm = d.commitments.find((c) => c.id === commitmentId);
    expect(cm?.sources).toHaveLength(SOURCES_SHOWN);
    expect(cm?.sourceCount).toBeGreaterThanOrEqual(25);
    const all = (await walk(`/v1/pairs/KZ-MA/commitments/${commitmentId}/sources`, 7)).flatMap((p) => p.sources);
    expect(all).toHaveLength(cm?.sourceCount ?? -1);
    expect(new Set(all.map((s) => s.articleId)).size).toBe(all.length);
  });

  it("answers problem+json for an unknown subject, a bad cursor and a bad limit", async ({ expect }) => {
    const missing = await get("/v1/pairs/KZ-MA/events/ev_nope/sources");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect((await readProblem(missing)).detail).toBe("KZ-MA has no event 'ev_nope'.");
    const cursor = await get(`/v1/pairs/KZ-MA/events/${eventId}/sources?cursor=bm90LW91cnM`);
    expect(cursor.status).toBe(400);
    expect((await readProblem(cursor)).errors?.[0]?.path).toBe("query.cursor");
    expect((await get(`/v1/pairs/KZ-MA/events/${eventId}/sources?limit=0`)).status).toBe(400);
    expect((await get("/v1/pairs/AD-ZW/events/ev_x/sources")).status).toBe(404);
    expect((await get(`/v1/pairs/MA-KZ/events/${eventId}/sources`)).status).toBe(308);
  });

  it("is cached by the pair's version like the other pair routes", async ({ expect }) => {
    const path = `/v1/pairs/KZ-MA/events/${eventId}/sources?limit=5`;
    const first = await get(path);
    await first.arrayBuffer();
    const again = await get(path);
    await again.arrayBuffer();
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-status")).toContain("hit");
  });
});
