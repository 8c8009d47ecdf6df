import { describe, expect, it } from "vitest";
import { get } from "../helpers/http";

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    code: string;
    errors?: { path: string; message: string }[];
  };
}

describe("problem+json errors", () => {
  for (const bad of ["XX-YY", "MA-MA", "foo", "MAR-KAZ", "M1-KZ"]) {
    it(`answers 400 for the malformed pair ${bad}`, async ({ expect }) => {
      const res = await get(`/v1/pairs/${bad}`);
      expect(res.status).toBe(400);
      const body = await problem(res);
      expect(body).toMatchObject({
        status: 400,
        code: "invalid-pair",
        type: "https://bilateral.dev/problems/invalid-pair",
        title: "Invalid country pair",
      });
      expect(body.errors?.[0]?.path).toBe("params.pair");
    });
  }

  it("answers 400 for a bad lang, naming the field", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA?lang=zz");
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.code).toBe("validation-failed");
    expect(body.errors).toEqual([{ path: "query.lang", message: "Expected one of: en, fr, ar, it, ru." }]);
  });

  it("answers 404 for a valid but untracked pair", async ({ expect }) => {
    const res = await get("/v1/pairs/DE-FR");
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({
      code: "pair-not-tracked",
      detail: "Bilateral does not track DE-FR yet.",
    });
  });

  it("answers 404 for an unknown route and an unknown track", async ({ expect }) => {
    const route = await get("/v2/nothing");
    expect(route.status).toBe(404);
    expect((await problem(route)).code).toBe("not-found");
    const track = await get("/v1/pairs/KZ-MA/tracks/space-program");
    expect(track.status).toBe(404);
    expect((await problem(track)).code).toBe("not-found");
  });

  it("answers 405 with Allow for a wrong method", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("GET");
    expect((await problem(res)).code).toBe("method-not-allowed");
  });

  it("answers 400 for bad limits and cursors, never 500", async ({ expect }) => {
    for (const q of ["limit=0", "limit=abc", "limit=101", "cursor=!!!", "cursor=eyJ4IjoxfQ"]) {
      const res = await get(`/v1/pairs?${q}`);
      expect(res.status, q).toBe(400);
      await problem(res);
    }
    const ev = await get("/v1/pairs/KZ-MA/events?cursor=bm90LWpzb24");
    expect(ev.status).toBe(400);
  });

  it("never leaks SQL or a stack trace for odd input", async ({ expect }) => {
    for (const path of [
      "/v1/pairs/KZ-MA/tracks/'%3B%20DROP%20TABLE%20pairs",
      "/v1/pairs/%00%00",
      "/v1/pairs/KZ-MA/commitments?status=nope",
    ]) {
      const res = await get(path);
      expect(res.status).toBeLessThan(500);
      const text = await res.text();
      expect(text).not.toMatch(/SELECT|SQLITE|at .*\.ts:\d+/i);
    }
  });
});
