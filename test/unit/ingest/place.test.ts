/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import type { ArticleInput } from "../../../src/ingest/types";

// FICTIONAL reports in the project's words (quality/fixtures): each places its happening in one way a real
// report does, and each fails without the rule named in its comment.
const FIXTURES = import.meta.glob<ArticleInput & { expect: { place: string | null } }>(
  "../../../quality/fixtures/*-place-*.json",
  { eager: true, import: "default" },
);

describe("the place of the happening", () => {
  it("has the place patterns", ({ expect }) => {
    expect(Object.keys(FIXTURES).length).toBe(25);
  });

  it.for(Object.entries(FIXTURES).map(([path, f]) => [path.replace(/^.*\//, ""), f] as const))(
    "%s",
    async ([, f], { expect }) => {
      const { expect: want, ...input } = f;
      expect((await analyze(input)).place ?? null).toBe(want.place);
    },
  );

  it("never takes a venue named as an institution, not a place ('the Kremlin said')", async ({ expect }) => {
    const a = await analyze({
      text: "The Kremlin said on Monday that Russia and Egypt would build a nuclear plant together. No date was given.",
      publishedAt: "2026-03-03",
    });
    expect(a.place ?? null).toBe(null);
  });
});
