import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { app } from "../../src/app";
import { readProblem } from "../helpers/http";

const ORIGIN = "https://bilateral.test";

/** A D1 binding or session that logs every statement prepared and every batch sent through it. */
function logging<T extends D1Database | D1DatabaseSession>(db: T, log: string[]): T {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare")
        return (sql: string) => {
          log.push(sql.trim());
          return target.prepare(sql);
        };
      if (prop === "batch")
        return (statements: D1PreparedStatement[]) => {
          log.push(`batch of ${statements.length}`);
          return target.batch(statements);
        };
      // Reads go through a session (src/http/db-session.ts): its statements are logged too.
      if (prop === "withSession" && "withSession" in target)
        return (arg?: string) => logging(target.withSession(arg), log);
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The D1 binding with a log of every statement prepared and every batch sent through it or its sessions. */
function loggedDb(db: D1Database): { db: D1Database; log: string[] } {
  const log: string[] = [];
  return { db: logging(db, log), log };
}

async function fetchLogged(path: string): Promise<{ res: Response; log: string[] }> {
  const { db, log } = loggedDb(env.DB);
  const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} };
  const res = await app.fetch(new Request(`${ORIGIN}${path}`), { ...env, DB: db }, ctx);
  return { res, log };
}

const UNTRACKED_PATHS = [
  "/v1/pairs/DE-FR",
  "/v1/pairs/DE-FR/tracks/culture",
  "/v1/pairs/DE-FR/events",
  "/v1/pairs/DE-FR/commitments?status=signed",
  "/v1/pairs/DE-FR/changes",
  "/v1/pairs/DE-FR/feed.atom",
  "/v1/pairs/DE-FR/calendar.ics",
  "/v1/pairs/DE-FR/export.csv",
  "/v1/pairs/DE-FR/export.ndjson",
  "/embed/DE-FR",
  "/pairs/DE-FR",
  `/oembed?url=${encodeURIComponent(`${ORIGIN}/embed/DE-FR`)}`,
];

describe("one pair-scoped read protocol", () => {
  it.for(UNTRACKED_PATHS)("answers an untracked pair at %s from one indexed read", async (path, { expect }) => {
    const { res, log } = await fetchLogged(path);
    expect(res.status).toBe(404);
    if (res.headers.get("content-type")?.startsWith("application/problem+json")) {
      expect(await readProblem(res)).toMatchObject({
        code: "pair-not-tracked",
        detail: "Bilateral does not track DE-FR yet.",
      });
    } else {
      expect(await res.text()).toContain("<html");
    }
    expect(log).toHaveLength(1);
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${log[0] ?? ""}`)
      .bind("DE-FR")
      .all<{ detail: string }>();
    expect(plan.results.map((r) => r.detail)).toEqual([
      expect.stringMatching(/^SEARCH pairs USING (INDEX|PRIMARY KEY)/),
    ]);
  });

  it("checks the path before tracking: a malformed pair is a 400 with no read, a reversed one a 308", async ({
    expect,
  }) => {
    const bad = await fetchLogged("/v1/pairs/MA-MA");
    expect(bad.res.status).toBe(400);
    expect(bad.log).toEqual([]);
    const reversed = await fetchLogged("/v1/pairs/FR-DE/events");
    expect(reversed.res.status).toBe(308);
    expect(reversed.log).toEqual([]);
  });
});
