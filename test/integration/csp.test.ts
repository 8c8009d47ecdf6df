import { describe, it } from "vitest";
import { cspHash } from "../../src/pages/csp";
import { get } from "../helpers/http";

/** Every inline <style> and every <script> of a page. */
function inline(html: string) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
  return { styles, scripts };
}

describe("Content-Security-Policy on every HTML route", () => {
  for (const path of [
    "/",
    "/?lang=ar&q=maroc",
    "/pairs/KZ-MA",
    "/pairs/KZ-MA?lang=fr",
    "/docs",
    "/pairs/XX-YY",
    "/pairs/DE-FR",
  ]) {
    it(`gives ${path} a self-only policy with no script and its stylesheet allowed by hash`, async ({ expect }) => {
      const res = await get(path);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      const { styles, scripts } = inline(await res.text());
      expect(styles.length).toBeGreaterThan(0);
      for (const css of styles) expect(csp).toContain(await cspHash(css));
      // The only script elements are JSON-LD data blocks, which CSP does not execute.
      for (const attrs of scripts) expect(attrs).toContain('type="application/ld+json"');
    });
  }

  it("keeps the embed framable by anyone, with its own hashed stylesheet", async ({ expect }) => {
    const res = await get("/embed/KZ-MA");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).not.toContain("unsafe-inline");
    const { styles } = inline(await res.text());
    for (const css of styles) expect(csp).toContain(await cspHash(css));
  });

  it("adds no page policy to JSON", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});
