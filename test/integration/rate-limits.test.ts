import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { app } from "../../src/app";
import { EXAMPLE_TOKEN } from "../../src/http/admin-auth";
import { readProblem } from "../helpers/http";

/** Sends a request to the app with some bindings replaced (a tight limit, another token). */
async function send(path: string, init: RequestInit, overrides: Partial<Env>, origin = "https://bilateral.test") {
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(`${origin}${path}`, { redirect: "manual", ...init }),
    { ...env, ...overrides },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

const tightAdmin = { ADMIN_RATE_LIMIT: env.TEST_TIGHT_LIMIT };
const tightPublic = { PUBLIC_RATE_LIMIT: env.TEST_TIGHT_LIMIT };

describe("rate limits", () => {
  it("limits admin requests per client, counting failed authentication, with a 429 problem and Retry-After", async ({
    expect,
  }) => {
    const from = (ip: string, token: string) => ({
      headers: { "cf-connecting-ip": ip, authorization: `Bearer ${token}` },
    });
    for (let i = 0; i < 3; i++) {
      expect((await send("/v1/admin/feeds", from("203.0.113.7", "guess"), tightAdmin)).status).toBe(401);
    }
    // The allowance is used up by the wrong guesses: even the right token now waits.
    const limited = await send("/v1/admin/feeds", from("203.0.113.7", "test-admin-token"), tightAdmin);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(limited.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await readProblem(limited)).toMatchObject({
      status: 429,
      code: "too-many-requests",
      type: "https://bilateral.dev/problems/too-many-requests",
    });
    // Another client is not affected.
    expect((await send("/v1/admin/feeds", from("198.51.100.9", "test-admin-token"), tightAdmin)).status).toBe(200);
  });

  it("limits public reads that miss the cache, never cache hits, on JSON and HTML routes", async ({ expect }) => {
    const client = { headers: { "cf-connecting-ip": "192.0.2.44" } };
    // One miss fills the cache; the hits after it are free.
    for (let i = 0; i < 6; i++) expect((await send("/v1/pairs/KZ-MA/events", client, tightPublic)).status).toBe(200);
    expect((await send("/v1/pairs/KZ-MA/events?lang=fr", client, tightPublic)).status).toBe(200);
    expect((await send("/v1/pairs/KZ-MA/events?lang=ar", client, tightPublic)).status).toBe(200);
    const json = await send("/v1/pairs/KZ-MA/events?lang=it", client, tightPublic);
    expect(json.status).toBe(429);
    expect(json.headers.get("retry-after")).toBe("60");
    expect((await readProblem(json)).code).toBe("too-many-requests");
    const html = await send("/pairs/KZ-MA?lang=ru", client, tightPublic);
    expect(html.status).toBe(429);
    expect(html.headers.get("retry-after")).toBe("60");
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    // What is cached is still served.
    expect((await send("/v1/pairs/KZ-MA/events?lang=fr", client, tightPublic)).status).toBe(200);
  });
});

describe("admin token", () => {
  const get = (token: string, scheme = "Bearer") => ({ headers: { authorization: `${scheme} ${token}` } });

  it("accepts the Bearer scheme in any case", async ({ expect }) => {
    for (const scheme of ["Bearer", "bearer", "BEARER", "bEaReR"]) {
      expect((await send("/v1/admin/feeds", get("test-admin-token", scheme), {})).status).toBe(200);
    }
    expect((await send("/v1/admin/feeds", get("test-admin-token", "Basic"), {})).status).toBe(401);
  });

  it("refuses the published example token and short tokens outside local development, failing closed", async ({
    expect,
  }) => {
    for (const token of [EXAMPLE_TOKEN, "short"]) {
      const res = await send("/v1/admin/feeds", get(token), { ADMIN_TOKEN: token });
      expect(res.status).toBe(503);
      const body = await res.text();
      expect(body).not.toContain(token);
      expect(JSON.parse(body)).toMatchObject({ code: "admin-disabled" });
    }
    // On loopback (npm start) the example token works, as .dev.vars.example promises.
    const local = await send(
      "/v1/admin/feeds",
      get(EXAMPLE_TOKEN),
      { ADMIN_TOKEN: EXAMPLE_TOKEN },
      "http://localhost:8787",
    );
    expect(local.status).toBe(200);
  });
});
