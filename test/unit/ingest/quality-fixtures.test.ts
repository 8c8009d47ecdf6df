/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import type { ArticleInput } from "../../../src/ingest/types";

/** A fixture of quality/fixtures: a report in the project's own words and what an analyst expects of it. */
interface QualityFixture extends ArticleInput {
  expect: {
    language: string;
    pairs: string[];
    sectors: string[];
    eventDate: string | null;
    place: string | null;
    title: boolean;
  };
}

// The fixtures are ours (FICTIONAL, each says so); their shape is what `npm run quality` scores.
const FIXTURES = import.meta.glob<QualityFixture>("../../../quality/fixtures/*.json", {
  eager: true,
  import: "default",
});
const byName = Object.fromEntries(
  Object.entries(FIXTURES).map(([path, f]) => [path.replace(/^.*\//, "").replace(/\.json$/, ""), f]),
);

/** The date, place, title and sector patterns (pair and commitment fixtures have tests of their own). */
const PATTERNS = [
  "ar-no-headline",
  "de-sector-list",
  "de-sector-figure-forum",
  "en-sector-trade-figure",
  "en-sector-signed-instrument",
  "fr-sector-meeting-kind",
  "en-background-date-lead",
  "es-no-published-date",
  "fr-dateline-weekday",
  "it-future-looking",
  "pt-headline-first-line",
  "ru-place-named-later",
];

describe("quality fixtures: date, place, title and sector patterns", () => {
  it("holds the patterns", ({ expect }) => {
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(PATTERNS));
  });

  it.for(PATTERNS)("%s", async (name, { expect }) => {
    const f = byName[name];
    if (!f) throw new Error(name);
    const { expect: want, ...input } = f;
    const a = await analyze(input);
    expect.soft(a.language).toBe(want.language);
    expect.soft(a.pairs.map((p) => p.key)).toEqual(want.pairs);
    expect.soft(a.sectors.map((s) => s.slug)).toEqual(expect.arrayContaining(want.sectors));
    expect.soft(a.eventDate?.date ?? null).toBe(want.eventDate);
    if (a.publishedOn && a.eventDate) expect.soft(a.eventDate.date <= a.publishedOn).toBe(true);
    expect.soft(a.place ?? null).toBe(want.place);
    const pair = want.pairs[0];
    if (!pair) throw new Error(`${name} names no pair`);
    const titles = a.eventTitles?.[pair] ?? {};
    if (f.title) expect.soft(titles[a.language]).toBe(f.title);
    for (const locale of ["en", "fr", "ar", "it", "ru"] as const) {
      expect.soft(titles[locale]?.length ?? 0).toBeGreaterThan(10);
      expect.soft(titles[locale]).not.toMatch(/^(?:report|untitled)$/i);
    }
    if (name === "pt-headline-first-line") {
      expect.soft(a.title).toBe("Portugal e Marrocos assinam acordo sobre energias renováveis");
      expect.soft(a.text.startsWith("LISBOA")).toBe(true);
    }
  });
});
