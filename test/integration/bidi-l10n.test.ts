import { beforeAll, describe, it } from "vitest";
import positions from "../../seed/lexicons/positions.json";
import seed from "../../seed/dossiers/KZ-MA.json";
import taxonomy from "../../seed/sector-taxonomy.json";
import { LOCALES } from "../../src/i18n/locales";
import { outletName } from "../../src/i18n/outlets";
import { fictionalReport, ingestReports } from "../helpers/fictional-reports";
import { get } from "../helpers/http";
import { unisolatedLatin, visibleText } from "../helpers/visible-text";

const SURFACES = ["/pairs/KZ-MA", "/embed/KZ-MA", "/"];

/** The visible text of a page; `ours` leaves out what sources wrote in their own words (cited titles, links). */
async function textOf(path: string, ours = false): Promise<string> {
  const res = await get(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  const nodes = await visibleText(await res.text());
  return nodes
    .filter((n) => !ours || !n.path.some((tag) => tag === "cite" || tag === "a"))
    .map((n) => n.text)
    .join(" ");
}

// An English report from an outlet with a Latin name, so the Arabic pages hold Latin text the seed does not.
beforeAll(async () => {
  await ingestReports([fictionalReport(0, "2026-02")]);
}, 60_000);

describe("text of unknown direction", () => {
  it("isolates every Latin run on the Arabic pages and embed", async ({ expect }) => {
    for (const path of [...SURFACES.map((p) => `${p}?lang=ar`), "/pairs/DE-FR?lang=ar", "/pairs/XX?lang=ar"]) {
      const nodes = await visibleText(await (await get(path)).text());
      expect(nodes.length, path).toBeGreaterThan(5);
      // The page does hold Latin text (source titles, outlets, the report's title): each run is isolated.
      expect(
        nodes.some((n) => /[A-Za-z]/.test(n.text)),
        path,
      ).toBe(true);
      expect(nodes.flatMap(unisolatedLatin), path).toEqual([]);
    }
  });
});

describe("no raw slug or untranslated description", () => {
  const slugs = [
    ...seed.tracks.map((t) => t.slug),
    ...taxonomy.sectors.map((s) => s.slug),
    ...positions.issues.map((i) => i.slug),
  ].filter((s) => s.includes("-"));

  it("shows no hyphenated slug of a track, sector or issue in any language", async ({ expect }) => {
    expect(slugs).toContain("sahara-autonomy-plan");
    for (const lang of LOCALES) {
      for (const path of SURFACES) {
        const text = await textOf(`${path}?lang=${lang}`);
        expect(
          slugs.filter((s) => text.includes(s)),
          `${path} ${lang}`,
        ).toEqual([]);
      }
    }
  });

  it("shows the seed's descriptions, titles and places translated on fr, ar, it and ru pages", async ({ expect }) => {
    const english = [
      ...seed.sources.map((s) => s.outlet),
      ...seed.tracks.map((t) => t.titles.en),
      ...seed.commitments.map((c) => c.titles.en),
      ...seed.events.map((e) => e.titles.en),
      ...seed.positions.map((p) => p.statements.en),
    ];
    for (const lang of ["fr", "ar", "it", "ru"] as const) {
      for (const path of ["/pairs/KZ-MA", "/embed/KZ-MA?limit=20"]) {
        const text = await textOf(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        expect(
          english.filter((e) => text.includes(e)),
          `${path} ${lang}`,
        ).toEqual([]);
        // Places in another script are named in the page's script (a source's own title keeps its words).
        const ours = await textOf(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`, true);
        if (lang === "ar" || lang === "ru")
          expect(
            ["New York", "Rabat", "Marrakech"].filter((p) => ours.includes(p)),
            `${path} ${lang}`,
          ).toEqual([]);
      }
    }
  });

  it("has a translated description for every seeded source in every language", ({ expect }) => {
    for (const s of seed.sources)
      for (const lang of ["fr", "ar", "it", "ru"] as const)
        expect(outletName({ articleId: s.id, outlet: s.outlet }, lang), `${s.id} ${lang}`).not.toBe(s.outlet);
  });
});
