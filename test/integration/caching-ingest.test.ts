import { describe, it } from "vitest";
import { fixture, inputOf } from "../unit/ingest/fixtures";
import { get } from "../helpers/http";

describe("cache freshness after an admin ingest", () => {
  it("serves a new ETag and the new content on the next request, with no purge", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const first = await get("/v1/pairs/KZ-MA");
    const etag = first.headers.get("etag") ?? "";
    expect((await get("/v1/pairs/KZ-MA")).headers.get("cache-status")).toMatch(/^bilateral; hit/);
    expect((await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": etag } })).status).toBe(304);

    const ingest = await get("/v1/admin/articles", {
      method: "POST",
      headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
      body: JSON.stringify(inputOf(fixture("en-joint-commission-astana"))),
    });
    expect(ingest.status).toBe(201);
    const { article } = (await ingest.json()) as { article: { id: string; events: { id: string }[] } };

    // The old validator no longer matches, and the body now holds the new event and its source.
    const revalidated = await get("/v1/pairs/KZ-MA", { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(200);
    const next = revalidated.headers.get("etag");
    expect(next).not.toBe(etag);
    expect(revalidated.headers.get("cache-status")).toMatch(/miss/);
    const d = (await revalidated.json()) as { events: { id: string; sources: { articleId: string }[] }[] };
    const ev = d.events.find((e) => e.id === article.events[0]?.id);
    expect(ev?.sources.map((s) => s.articleId)).toEqual([article.id]);
    // The embed and the feeds of the pair moved with it.
    expect((await get("/v1/pairs/KZ-MA/feed.atom")).headers.get("etag")).toContain(next?.split(".")[1] ?? "none");
  });
});
