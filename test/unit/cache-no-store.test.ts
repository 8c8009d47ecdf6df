import { Hono } from "hono";
import { describe, it } from "vitest";
import type { AppEnv } from "../../src/http/env";
import { noStore } from "../../src/http/no-store";

describe("noStore()", () => {
  it("marks every response of a sub-app no-store, errors included, keeping only an ETag for If-Match", async ({
    expect,
  }) => {
    const admin = new Hono<AppEnv>();
    admin.use("*", noStore());
    admin.get("/claims", (c) =>
      c.json({ claims: [] }, 200, {
        "cache-control": "public, max-age=60",
        etag: '"x"',
        "last-modified": "Tue, 01 Dec 2026 00:00:00 GMT",
      }),
    );
    admin.get("/boom", (c) => c.json({ code: "forbidden" }, 403));
    const ok = await admin.request("/claims");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(ok.headers.get("etag")).toBe('"x"');
    expect(ok.headers.get("last-modified")).toBeNull();
    expect(ok.headers.get("cache-status")).toBe("bilateral; fwd=bypass");
    expect(await ok.json()).toEqual({ claims: [] });
    const denied = await admin.request("/boom");
    expect(denied.status).toBe(403);
    expect(denied.headers.get("cache-control")).toBe("no-store");
  });
});
