import { describe, it } from "vitest";
import { etagFor } from "../../src/http/cache";
import { cacheVariant } from "../../src/http/variant";

describe("cache variants derive from the validated query", () => {
  it("sorts the entries and leaves out undefined values", ({ expect }) => {
    expect(cacheVariant({ lang: "fr", limit: 50, cursor: undefined })).toBe("lang=fr&limit=50");
    expect(cacheVariant({ limit: 50, lang: "fr" })).toBe(cacheVariant({ lang: "fr", limit: 50 }));
    expect(cacheVariant({})).toBe("");
  });

  it("keeps distinct queries distinct, even through the ETag's character set", ({ expect }) => {
    const queries = [
      { q: "" },
      { q: "x2f" },
      { q: "/" },
      { q: "%2F" },
      { q: "_2F" },
      { q: "a&b=c" },
      { q: "Maroc é" },
      { tracks: [] },
      { tracks: ["culture"] },
      { tracks: ["culture", "visa-exemption"] },
      { tracks: ["culture~visa-exemption"] },
    ];
    const tags = queries.map((q) => etagFor({ kind: "global" }, 1, cacheVariant(q)));
    expect(new Set(tags).size).toBe(queries.length);
    for (const tag of tags) expect(tag).toMatch(/^"all\.v1\.[A-Za-z0-9_.=&~-]*"$/);
  });
});
