import { exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import { NOT_URLS } from "../helpers/not-urls";

const call = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(
    new Request(`https://bilateral.test${path}`, {
      redirect: "manual",
      ...init,
      headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
    }),
  );

/** What matters of a refusal: the status, the problem+json type and the status inside the body. */
async function shape(res: Response) {
  const body = (await res.json()) as { status: number };
  return { status: res.status, type: res.headers.get("content-type"), body: { status: body.status } };
}

describe("every URL field refuses strings that are not http(s) URLs with 400, never 5xx", () => {
  for (const bad of NOT_URLS) {
    const label = JSON.stringify(bad.length > 40 ? `${bad.slice(0, 40)}…` : bad);

    it(`POST /v1/admin/feeds {url: ${label}}`, async ({ expect }) => {
      const res = await call("/v1/admin/feeds", { method: "POST", body: JSON.stringify({ url: bad }) });
      expect(await shape(res)).toEqual({
        status: 400,
        type: "application/problem+json; charset=utf-8",
        body: { status: 400 },
      });
    });

    it(`POST /v1/admin/articles {url: ${label}}`, async ({ expect }) => {
      const res = await call("/v1/admin/articles", { method: "POST", body: JSON.stringify({ text: "x", url: bad }) });
      expect(await shape(res)).toEqual({
        status: 400,
        type: "application/problem+json; charset=utf-8",
        body: { status: 400 },
      });
    });

    it(`GET /oembed?url=${label}`, async ({ expect }) => {
      const res = await call(`/oembed?url=${encodeURIComponent(bad)}`);
      // Not a URL of this site: 400 when malformed, 404 when it parses but points elsewhere.
      expect([400, 404]).toContain(res.status);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    });
  }
});
