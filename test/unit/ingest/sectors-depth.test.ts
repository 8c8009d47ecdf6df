import { describe, it } from "vitest";
import taxonomy from "../../../seed/sector-taxonomy.json";
import { DEPTH_LANGUAGES, SECTOR_CONCEPTS, sectorDepth, unreadForms } from "../../../quality/sector-depth";

/**
 * Every sector reads its core concepts in every language we read, with their inflections: at least this many
 * concepts a sector (six: what an analyst names a field by, before its rarer words).
 */
const MIN_CONCEPTS = 6;

describe("sector lexicons: depth and parity across languages", () => {
  it("lists at least MIN_CONCEPTS core concepts for every sector of the taxonomy, with forms in all eight languages", ({
    expect,
  }) => {
    for (const { slug } of taxonomy.sectors) {
      const concepts = SECTOR_CONCEPTS[slug] ?? {};
      expect(Object.keys(concepts).length, slug).toBeGreaterThanOrEqual(MIN_CONCEPTS);
      for (const [concept, forms] of Object.entries(concepts))
        for (const lang of DEPTH_LANGUAGES) expect(forms[lang] ?? "", `${slug} ${concept} ${lang}`).not.toBe("");
    }
  });

  it.for(DEPTH_LANGUAGES)("%s reads every form of every core concept as its sector", (lang, { expect }) => {
    const missing = sectorDepth()
      .filter((r) => r.lang === lang)
      .flatMap((r) => r.missing.map((m) => `${r.sector} / ${m.concept}: ${m.forms.join(", ")}`));
    expect(missing).toEqual([]);
  });

  it("reads a form only as its own sector's, not another's", ({ expect }) => {
    // Security Council is multilateral coordination, food security agriculture: the longer phrase wins.
    expect(unreadForms("security-defence", "en", "Security Council|food security")).toEqual([
      "Security Council",
      "food security",
    ]);
    expect(unreadForms("multilateral", "en", "Security Council")).toEqual([]);
  });
});
