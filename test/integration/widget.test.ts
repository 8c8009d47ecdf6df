import { describe, it } from "vitest";
import { get } from "../helpers/http";

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe("GET /widget.js", () => {
  it("serves JavaScript loadable from any site, without framing restrictions", async ({ expect }) => {
    const res = await get("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const js = await res.text();
    // Guarded definition (the script may be included twice), origin- and source-checked resize.
    expect(js).toContain("window.customElements.get(NAME)");
    expect(js).toContain('var NAME = "bilateral-dossier"');
    expect(js).toContain("event.origin !== origin || event.source !== frame.contentWindow");
    expect(js).toContain("document.currentScript");
  });

  it("parses as a script and stays within 8 KB gzipped", async ({ expect }) => {
    const js = await (await get("/widget.js")).text();
    // Compiling (not running) the text proves it is valid JavaScript.
    expect(() => new Function(js)).not.toThrow();
    expect(await gzipSize(js)).toBeLessThanOrEqual(8 * 1024);
  });

  it("answers HEAD and refuses POST with 405", async ({ expect }) => {
    const head = await get("/widget.js", { method: "HEAD" });
    expect(head.status).toBe(200);
    const post = await get("/widget.js", { method: "POST" });
    expect(post.status).toBe(405);
  });
});

describe("GET /embed.js", () => {
  it("serves the embed's resize script, posting bilateral:resize to the parent", async ({ expect }) => {
    const res = await get("/embed.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const js = await res.text();
    expect(js).toContain('postMessage({ type: "bilateral:resize", pair: pair, height: height }, "*")');
    expect(() => new Function(js)).not.toThrow();
  });
});
