/**
 * A date on a short source credit line of its own, wherever it stands ("(12/06/2026 Fonte: AGENCY)", "Source: AGENCY,
 * 12 June 2026"), is the day the report was filed: it dates the report's "this morning". A date in a sentence that
 * only names a source is not. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const dayOf = async (text: string) => (await analyze({ text })).eventDate?.date ?? "-";

describe("a source credit line dates the report", () => {
  it("Italian credit at the end", async ({ expect }) => {
    expect(
      await dayOf(
        "Mattarella a Dakar\n\nStamani il presidente della Repubblica, Sergio Mattarella, è atterrato a Dakar, dove comincia una visita ufficiale in Senegal.\n\n(12/06/2026 Fonte: Agenzia Fixture).",
      ),
    ).toBe("2026-06-12");
  });
  it("English credit at the end", async ({ expect }) => {
    expect(
      await dayOf(
        "Ghana's president in Kenya\n\nGhana's president arrived in Nairobi this morning for talks with the Kenyan president.\n\nSource: Fixture Wire, 12 June 2026",
      ),
    ).toBe("2026-06-12");
  });
});
