import { applyD1Migrations, createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, it } from "vitest";
import { cacheKey } from "../../src/http/cache";
import { setClock } from "../../src/http/clock";
import { BOOKMARK_HEADER } from "../../src/http/db-session";
import { memoryGet } from "../../src/http/memory-cache";
import worker from "../../src/index";
import { DossierSchema } from "../../src/schemas/dossier";
import { readJson, readProblem } from "../helpers/http";

const ORIGIN = "https://bilateral.test";
const ADMIN = { authorization: "Bearer test-admin-token" };

/**
 * The D1 binding of a deployment with replication on: writes go to the primary (DB); sessions read through
 * `read` (another database playing a replica), and every withSession argument is recorded.
 */
function replicated(read: D1Database): { db: D1Database; sessions: (string | undefined)[] } {
  const sessions: (string | undefined)[] = [];
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === "withSession")
        return (arg?: string) => {
          sessions.push(arg);
          return read.withSession(arg);
        };
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, sessions };
}

async function fetchWith(db: D1Database, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, DB: db }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const pairVersion = async (db: D1Database) =>
  (await db.prepare("SELECT version FROM pairs WHERE key = 'KZ-MA'").first<{ version: number }>())?.version ?? 0;

afterEach(() => setClock());

describe("read replicas (D1 Sessions API)", () => {
  it("never caches a lagging replica's older body under a newer version's key", { timeout: 60_000 }, async ({
    expect,
  }) => {
    // The replica: the same migrations and seed, then nothing more, while the primary takes a write.
    await applyD1Migrations(env.REPLICA_DB, env.TEST_MIGRATIONS);
    await applyD1Migrations(env.REPLICA_DB, env.TEST_SEED);
    const posted = await fetchWith(env.DB, "/v1/admin/articles", {
      method: "POST",
      headers: { ...ADMIN, "content-type": "application/json" },
      body: JSON.stringify({
        title: "Kazakhstan and Morocco discuss direct flights in Almaty",
        text: "ALMATY, 3 November 2026 – FICTIONAL report written for this test: Kazakhstan and Morocco held talks on direct flights between Astana and Casablanca on Tuesday, the two foreign ministries said.",
        publishedAt: "2026-11-03",
      }),
    });
    expect(posted.status).toBe(201);
    const fresh = await pairVersion(env.DB);
    const stale = await pairVersion(env.REPLICA_DB);
    expect(fresh).toBeGreaterThan(stale);

    // Frozen time: this isolate's memoized version (read on an up-to-date replica) holds for the whole test.
    const t = Date.now();
    setClock(() => t);
    const upToDate = replicated(env.DB);
    const first = await fetchWith(upToDate.db, "/v1/pairs/KZ-MA");
    expect(first.headers.get("etag")).toContain(`.v${fresh}.`);
    expect(upToDate.sessions).toEqual(["first-unconstrained"]);

    // Another request of the same isolate lands on the lagging replica, for a variant nobody cached yet.
    const lagging = replicated(env.REPLICA_DB);
    const res = await fetchWith(lagging.db, "/v1/pairs/KZ-MA?lang=fr");
    expect(res.status).toBe(200);
    const body = await readJson(res, DossierSchema);
    // It serves what its replica holds, and says which version that is...
    expect(body.version).toBe(stale);
    expect(res.headers.get("etag")).toContain(`.v${stale}.`);
    // ...and stored it under that version only: the newer version's key stays empty for the next reader.
    const url = new URL(`${ORIGIN}/v1/pairs/KZ-MA`);
    const variant = "lang=fr";
    expect(memoryGet(cacheKey(url, fresh, variant).url)).toBeUndefined();
    expect(await caches.default.match(cacheKey(url, fresh, variant))).toBeUndefined();
    expect(memoryGet(cacheKey(url, stale, variant).url)).toBeDefined();
    // A reader on the up-to-date replica then gets the new version, built afresh.
    const next = await fetchWith(upToDate.db, "/v1/pairs/KZ-MA?lang=fr");
    expect((await readJson(next, DossierSchema)).version).toBe(fresh);
    expect(next.headers.get("cache-status")).toContain("stored");
  });

  it("returns a bookmark with every admin answer and starts the next admin request's session from it", async ({
    expect,
  }) => {
    const recorded = replicated(env.DB);
    const created = await fetchWith(recorded.db, "/v1/admin/feeds", {
      method: "POST",
      headers: { ...ADMIN, "content-type": "application/json" },
      body: JSON.stringify({ url: "https://feeds.fixture.test/bookmark.xml", pair: "KZ-MA" }),
    });
    expect(created.status).toBe(201);
    const bookmark = created.headers.get(BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^[0-9a-f]+(-[0-9a-f]+)+$/);
    // Without a bookmark, an admin session starts on the primary.
    expect(recorded.sessions).toEqual(["first-primary"]);

    const listed = await fetchWith(recorded.db, "/v1/admin/feeds", {
      headers: { ...ADMIN, [BOOKMARK_HEADER]: bookmark ?? "" },
    });
    expect(listed.status).toBe(200);
    expect(recorded.sessions).toEqual(["first-primary", bookmark]);
    expect(JSON.stringify(await listed.json())).toContain("https://feeds.fixture.test/bookmark.xml");
    // The read's own bookmark is never older than the one it started from.
    expect((listed.headers.get(BOOKMARK_HEADER) ?? "") >= (bookmark ?? "")).toBe(true);

    const forged = await fetchWith(recorded.db, "/v1/admin/feeds", {
      headers: { ...ADMIN, [BOOKMARK_HEADER]: "'; DROP TABLE feeds; --" },
    });
    expect(forged.status).toBe(400);
    expect(await readProblem(forged)).toMatchObject({ code: "validation-failed" });
    expect(recorded.sessions).toHaveLength(2);
  });

  it("reads public routes through a first-unconstrained session", async ({ expect }) => {
    const recorded = replicated(env.DB);
    for (const path of ["/v1/pairs", "/v1/pairs/KZ-MA/events", "/", "/v1/pairs/KZ-MA/changes"]) {
      const res = await fetchWith(recorded.db, path, { headers: { "cache-control": "no-cache" } });
      expect(res.status, path).toBe(200);
    }
    expect(recorded.sessions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(recorded.sessions)).toEqual(new Set(["first-unconstrained"]));
  });
});
