import { env, exports } from "cloudflare:workers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, it } from "vitest";
import seed from "../../seed/dossiers/KZ-MA.json";
import type * as v from "valibot";
import { ChangePageSchema } from "../../src/schemas/changes";
import { get, getJson, readProblem } from "../helpers/http";
import { OpenApiDocumentSchema } from "../../src/openapi/document-schema";

type ChangePage = v.InferOutput<typeof ChangePageSchema>;

/** One page of the change feed, read through its schema. */
const changePage = async (path: string): Promise<ChangePage> => (await getJson(path, ChangePageSchema)).body;

/** Follows the change feed to its end and returns every change and the final cursor. */
async function readAll(since?: string): Promise<{ changes: ChangePage["changes"]; cursor: string }> {
  const changes: ChangePage["changes"] = [];
  let cursor = since;
  for (;;) {
    const page = await changePage(`/v1/pairs/KZ-MA/changes?limit=200${cursor ? `&since=${cursor}` : ""}`);
    changes.push(...page.changes);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

const atomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "entry" || name === "link",
});

describe("GET /v1/pairs/{pair}/changes", () => {
  it("lists the seeded changes oldest first, with titles, paged by an opaque cursor", async ({ expect }) => {
    const first = await changePage("/v1/pairs/KZ-MA/changes?limit=5");
    expect(first.changes).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const second = await changePage(`/v1/pairs/KZ-MA/changes?limit=5&since=${first.nextCursor}`);
    const seqs = [...first.changes, ...second.changes].map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(10);
    const { changes } = await readAll();
    const trackAdds = changes.filter((c) => c.entity.type === "track" && c.action === "added");
    expect(trackAdds.map((c) => c.entity.id).sort()).toEqual(seed.tracks.map((t) => t.slug).sort());
    const visa = trackAdds.find((c) => c.entity.id === "visa-exemption");
    expect(visa?.entity.title).toBe(seed.tracks.find((t) => t.slug === "visa-exemption")?.titles.en);
    const frenchPage = await changePage("/v1/pairs/KZ-MA/changes?limit=200&lang=fr");
    const visaFr = frenchPage.changes.find((c) => c.entity.type === "track" && c.entity.id === "visa-exemption");
    expect(visaFr?.entity.title).toBe(seed.tracks.find((t) => t.slug === "visa-exemption")?.titles.fr);
  });

  it("shows a new change after the cursor", async ({ expect }) => {
    const before = await readAll();
    await env.DB.prepare(
      "UPDATE tracks SET status = 'stalled', updated_at = ?1 WHERE pair = 'KZ-MA' AND slug = 'grain-logistics-hub'",
    )
      .bind(new Date().toISOString())
      .run();
    const after = await changePage(`/v1/pairs/KZ-MA/changes?since=${before.cursor}`);
    expect(after.changes).toHaveLength(1);
    expect(after.changes[0]).toMatchObject({
      entity: { type: "track", id: "grain-logistics-hub", title: "Grain logistics hub for African markets" },
      action: "updated",
    });
    expect(after.hasMore).toBe(false);
    const nothingNew = await changePage(`/v1/pairs/KZ-MA/changes?since=${after.nextCursor}`);
    expect(nothingNew.changes).toEqual([]);
    expect(nothingNew.nextCursor).toBe(after.nextCursor);
  });

  it("rejects a malformed cursor and another pair's cursor with 400 problem+json", async ({ expect }) => {
    for (const since of [
      "not-a-cursor",
      btoa(JSON.stringify({ p: "FR-MA", s: 3 })).replace(/=+$/, ""),
      "%3Cscript%3E",
    ]) {
      const res = await get(`/v1/pairs/KZ-MA/changes?since=${since}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await readProblem(res);
      expect(body.status).toBe(400);
      expect(["bad-request", "validation-failed"]).toContain(body.code);
      expect(body.errors?.[0]?.path).toMatch(/^query\./);
    }
  });

  it("answers 404 for an untracked pair, 400 for a malformed one, 308 for a non-canonical one", async ({ expect }) => {
    const unknown = await get("/v1/pairs/FR-MA/changes");
    expect(unknown.status).toBe(404);
    expect(await readProblem(unknown)).toMatchObject({ code: "pair-not-tracked" });
    const malformed = await get("/v1/pairs/KZMA/changes");
    expect(malformed.status).toBe(400);
    expect(await readProblem(malformed)).toMatchObject({ code: "invalid-pair" });
    const lower = await get("/v1/pairs/ma-kz/feed.atom");
    expect(lower.status).toBe(308);
    expect(lower.headers.get("location")).toBe("/v1/pairs/KZ-MA/feed.atom");
  });
});

describe("GET /v1/pairs/{pair}/feed.atom", () => {
  it("is a well-formed RFC 4287 feed with stable entry ids and links", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/feed.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = atomParser.parse(text);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("tag:bilateral.dev,2025:KZ-MA");
    expect(feed.title).toBe("Bilateral: Kazakhstan – Morocco");
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    const rels = Object.fromEntries(feed.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]]));
    expect(rels).toEqual({
      self: "https://bilateral.test/v1/pairs/KZ-MA/feed.atom",
      alternate: "https://bilateral.test/pairs/KZ-MA",
    });
    // One entry per seeded event, dated commitment step and position statement: no raw change record.
    const seededSteps = seed.commitments.flatMap((c) => (c.history ?? []).filter((h) => h.on));
    expect(feed.entry.length).toBe(seed.events.length + seededSteps.length + seed.positions.length);
    const updated: string[] = [];
    for (const entry of feed.entry) {
      const [, kind, id] =
        /^tag:bilateral\.dev,2025:KZ-MA\/(event|commitment|position)\/([a-z0-9_]+)/.exec(entry.id) ?? [];
      expect(kind, entry.id).toBeDefined();
      expect(entry.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      updated.push(entry.updated);
      expect(entry.link[0]["@_href"]).toBe(`https://bilateral.test/pairs/KZ-MA#${id}`);
      expect(entry.summary.length).toBeGreaterThan(0);
    }
    expect(updated).toEqual([...updated].sort().reverse()); // newest first
    // Apostrophes in French titles went through escaping and come back intact.
    const french = atomParser.parse(await (await get("/v1/pairs/KZ-MA/feed.atom?lang=fr")).text());
    const titles = french.feed.entry.map((e: { title: string }) => e.title).join("\n");
    expect(titles).toContain("Kazakhstan soutient le plan d'autonomie pour le Sahara");
  });
});

describe("declared routes", () => {
  it("lists every format in /openapi.json and answers 405 for other methods", async ({ expect }) => {
    const { body: doc } = await getJson("/openapi.json", OpenApiDocumentSchema);
    for (const path of [
      "/",
      "/pairs/{pair}",
      "/v1/pairs/{pair}/changes",
      "/v1/pairs/{pair}/feed.atom",
      "/v1/pairs/{pair}/calendar.ics",
      "/v1/pairs/{pair}/export.csv",
      "/v1/pairs/{pair}/export.ndjson",
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    const post = await exports.default.fetch(
      new Request("https://bilateral.test/v1/pairs/KZ-MA/feed.atom", { method: "POST" }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toContain("GET");
  });
});
