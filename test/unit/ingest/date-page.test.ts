import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { eventOnEach } from "../../helpers/date-cases";

/** The event date of a plain text published on `day`. */
function eventDate(lang: string, text: string, day: string): string | undefined {
  const dates = findDates(prepare(text), lang, day);
  return eventDateOf(dates, day)?.date;
}

describe("the page's own date line", () => {
  // Lines of our own: an author's name, the day, and a stray letter left by a link, over the story.
  it.for([
    ["it", "Giovanna Bianchi 8 giugno 2025 a\n\nIl vertice intergovernativo si è tenuto ieri a Roma.", "2025-06-07"],
    ["en", "Margaret Holloway 8 June 2025 |\n\nThe two governments met yesterday in London.", "2025-06-07"],
    ["fr", "Jeanne Martin 8 juin 2025 à\n\nLes deux gouvernements se sont réunis hier à Paris.", "2025-06-07"],
  ] as const)("is the page's, not the happening's: %s", ([lang, text, expected], { expect }) => {
    expect(eventDate(lang, text, "2025-06-08")).toBe(expected);
  });

  it("keeps a date followed by a place as the happening's", ({ expect }) => {
    expect(eventDate("it", "Il 6 giugno 2025 a Roma i due governi hanno firmato un accordo.", "2025-06-08")).toBe(
      "2025-06-06",
    );
  });
});

describe("a short sentence of its own near the top ending in its date", () => {
  // FICTIONAL lines: a sentence is no page's date line, however short, and its date is the happening's.
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya\n\nJ. Doe | 12.03.2026\n\nGhana and Kenya signed a statement.\n\nThe presidents held talks in Accra on 11 March 2026.",
      ],
      [
        "fr",
        "Ghana et Kenya\n\nJ. Dupont | 12.03.2026\n\nLe Ghana et le Kenya ont signé une déclaration.\n\nLes présidents se sont vus à Accra le 11 mars 2026.",
      ],
      [
        "de",
        "Ghana und Kenia\n\nJ. Schmidt | 12.03.2026\n\nGhana und Kenia haben eine Erklärung unterzeichnet.\n\nDie Präsidenten trafen sich in Accra am 11.03.2026.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-11",
  );
});
