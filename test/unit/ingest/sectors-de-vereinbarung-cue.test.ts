/**
 * German "Vereinbarung(en) zum / zur / über" announces the areas of the instruments, as "Abkommen über" does: each
 * area named once after it counts, even for instruments still to be signed (FICTIONAL sentences in the project's words).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

describe("'Vereinbarungen zum' announces areas", () => {
  it.for([
    [
      "Vereinbarungen zum Schienenverkehr und zur wissenschaftlichen Zusammenarbeit",
      ["science-technology", "transport-logistics"],
    ],
    ["einer Vereinbarung über die Berufsausbildung", ["culture-people"]],
  ] as const)("%s", async ([phrase, areas], { expect }) => {
    const text = `Bundeskanzler Friedrich Merz empfing am Montag in Berlin den Präsidenten Vietnams. Die Gespräche dauerten zwei Stunden, und beide Seiten lobten die guten Beziehungen. Am Dienstag werden beide Seiten der Unterzeichnung von ${phrase} beiwohnen.`;
    const a = await analyze({ text, language: "de", publishedAt: "2026-03-03" });
    const slugs = a.sectors.map((s) => s.slug);
    for (const area of areas) expect(slugs).toContain(area);
  });
});
