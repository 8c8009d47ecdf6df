import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL reports in the project's words; they fail without the rule the test names.

describe("a visit told as a range in the lead: the day the text gives its signing or talks is the event", () => {
  // Published on Wednesday 25 March 2026; the visit runs 23-25 March, the signing is on Tuesday the 24th.
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya exchanged four memoranda during the Kenyan president's three-day visit to Accra from March 23 to 25.\n\nThe memoranda cover trade, health, energy and culture. The two presidents met on Tuesday and exchanged the documents after their talks.",
      ],
      [
        "es",
        "Ghana y Kenia firmaron cuatro memorandos durante la visita de tres días del presidente keniano a Accra, del 23 al 25 de marzo.\n\nLos memorandos abarcan comercio, salud, energía y cultura. Los dos presidentes se reunieron el martes 24 de marzo y firmaron los documentos tras sus conversaciones.",
      ],
      [
        "fr",
        "Le Ghana et le Kenya ont signé quatre mémorandums lors de la visite de trois jours du président kényan à Accra, du 23 au 25 mars.\n\nLes mémorandums portent sur le commerce, la santé, l'énergie et la culture. Les deux présidents se sont rencontrés mardi et ont signé les documents à l'issue de leurs entretiens.",
      ],
    ],
    "2026-03-25T18:00:00Z",
    "2026-03-24",
  );

  it("a range with no day of its own inside keeps its first day", async ({ expect }) => {
    const text =
      "Ghana and Kenya exchanged four memoranda during the Kenyan president's three-day visit to Accra from March 23 to 25.\n\nThe memoranda cover trade, health, energy and culture.";
    const a = await analyze({ text, language: "en", publishedAt: "2026-03-25T18:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-03-23");
  });
});
