/**
 * A report that gives no pair (a summit of many states) keeps its publication date, and with none given, the page's
 * own date line over the text ("09:44 20/05/2026"), which stands for it (FICTIONAL pages written for this project).
 * It is never left undated when the page dates itself, nor dated by its "today" alone.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const SUMMIT: readonly (readonly [string, string])[] = [
  [
    "en",
    "Leaders of ASEAN and Australia to adopt summit declaration\n\n09:44 20/05/2026\n\nThe Prime Minister of Australia will host a summit with the leaders of the ten ASEAN member states today. A declaration of the summit and an action plan are to be adopted.",
  ],
  [
    "ru",
    "Президент и лидеры АСЕАН примут декларацию саммита\n\n09:44 20/05/2026\n\nПрезидент Казахстана проведёт сегодня саммит с лидерами стран АСЕАН. На встрече будет принята декларация саммита.",
  ],
  [
    "fr",
    "Les dirigeants de l'ASEAN et du Canada adopteront une déclaration\n\n09:44 20/05/2026\n\nLe Premier ministre du Canada accueille aujourd'hui un sommet avec les dirigeants des dix États membres de l'ASEAN. Une déclaration du sommet doit être adoptée.",
  ],
];

describe("a report with no pair and no publication date", () => {
  it.for(SUMMIT)("%s: is dated by its page's date line", async ([language, text], { expect }) => {
    const a = await analyze({ text, language });
    expect(a.pairs).toEqual([]);
    expect(a.eventDate?.date).toBe("2026-05-20");
  });
  it("with no date line, stays undated", async ({ expect }) => {
    const a = await analyze({
      text: "The Prime Minister of Australia will host a summit with the leaders of the ten ASEAN member states today.",
      language: "en",
    });
    expect(a.eventDate).toBeUndefined();
  });
});
