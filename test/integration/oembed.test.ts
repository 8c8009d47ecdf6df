import { describe, it } from "vitest";
import { OembedSchema } from "../../src/schemas/oembed";
import { get, ORIGIN, readJson, readProblem } from "../helpers/http";

const oembed = (url: string, extra = "") => get(`/oembed?url=${encodeURIComponent(url)}${extra}`);

describe("GET /oembed", () => {
  it("describes a dossier page as a 'rich' embed with an iframe", async ({ expect }) => {
    const res = await oembed(`${ORIGIN}/pairs/KZ-MA`, "&format=json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await readJson(res, OembedSchema);
    expect(body).toMatchObject({
      type: "rich",
      version: "1.0",
      provider_name: "Bilateral",
      provider_url: `${ORIGIN}/`,
      title: "Kazakhstan – Morocco · Bilateral",
      width: 480,
      height: 640,
    });
    expect(body.html).toBe(
      `<iframe src="${ORIGIN}/embed/KZ-MA" width="480" height="640" title="Kazakhstan – Morocco · Bilateral" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    );
  });

  it("keeps width and height within maxwidth and maxheight", async ({ expect }) => {
    const body = await readJson(await oembed(`${ORIGIN}/pairs/KZ-MA`, "&maxwidth=300&maxheight=400"), OembedSchema);
    expect(body.width).toBe(300);
    expect(body.height).toBe(400);
    expect(body.html).toContain('width="300" height="400"');
    const roomy = await readJson(await oembed(`${ORIGIN}/pairs/KZ-MA`, "&maxwidth=2000"), OembedSchema);
    expect(roomy.width).toBe(480);
  });

  it("accepts an embed URL in any pair order and keeps its language and theme", async ({ expect }) => {
    const body = await readJson(await oembed(`${ORIGIN}/embed/ma-kz?lang=fr&theme=dark`), OembedSchema);
    expect(body.title).toBe("Kazakhstan – Maroc · Bilateral");
    expect(body.html).toContain(`src="${ORIGIN}/embed/KZ-MA?lang=fr&amp;theme=dark"`);
  });

  it("answers 404 for URLs that are not ours or not embeddable", async ({ expect }) => {
    for (const url of [
      "https://example.com/pairs/KZ-MA",
      `${ORIGIN}/v1/pairs/KZ-MA`,
      `${ORIGIN}/pairs/KZ-MA/extra`,
      `${ORIGIN}/pairs/KZ-XX`,
      "not a url",
      "javascript:alert(1)",
    ]) {
      const res = await oembed(url);
      expect(res.status, url).toBe(404);
      expect((await readProblem(res)).code, url).toBe("not-found");
    }
    const untracked = await oembed(`${ORIGIN}/pairs/FR-MA`);
    expect(untracked.status).toBe(404);
    expect(await readProblem(untracked)).toMatchObject({
      code: "pair-not-tracked",
      detail: "Bilateral does not track FR-MA yet.",
    });
  });

  it("answers 501 for format=xml and 400 for malformed parameters", async ({ expect }) => {
    const xml = await oembed(`${ORIGIN}/pairs/KZ-MA`, "&format=xml");
    expect(xml.status).toBe(501);
    expect(xml.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await readProblem(xml)).toMatchObject({ code: "not-implemented", status: 501 });
    for (const [path, field] of [
      ["/oembed", "query.url"],
      [`/oembed?url=${encodeURIComponent(`${ORIGIN}/pairs/KZ-MA`)}&maxwidth=wide`, "query.maxwidth"],
      [`/oembed?url=${encodeURIComponent(`${ORIGIN}/pairs/KZ-MA`)}&maxheight=0`, "query.maxheight"],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(
        ((await readProblem(res)).errors ?? []).map((e) => e.path),
        path,
      ).toContain(field);
    }
  });
});
