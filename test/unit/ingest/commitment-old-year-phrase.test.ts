import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: an instrument recalled with the year its signing phrase closes on.
const lead: Record<string, string> = {
  en: "SOFIA, 12 May 2015 - Bulgaria and Italy enjoy excellent relations, the Bulgarian president said.",
  fr: "SOFIA, 12 mai 2015 - La Bulgarie et l'Italie entretiennent d'excellentes relations, a dit le président bulgare.",
  it: "Sofia, 12 maggio 2015 – Bulgaria e Italia hanno rapporti ottimi, ha detto il presidente bulgaro.",
};

describe("an older year closing an instrument's signing phrase", () => {
  it.for([
    [
      "en",
      "He recalled the Strategic Partnership Treaty signed between the two countries at the intergovernmental summit in Rome in 2009.",
    ],
    [
      "fr",
      "Il a rappelé le traité de partenariat stratégique signé entre les deux pays lors du sommet intergouvernemental de Rome en 2009.",
    ],
    [
      "it",
      "Ha ricordato il Trattato di partenariato strategico firmato fra i due Paesi nel vertice intergovernativo di Roma nel 2009.",
    ],
  ] as const)("dates the instrument before the report, not on its day (%s)", async ([language, text], { expect }) => {
    const a = await analyze({ text: `${lead[language]}\n${text}`, language });
    const treaty = a.commitments.find((c) => c.legalForm === "treaty");
    expect(treaty?.status).toBe("signed");
    expect(treaty?.signedOn).toBeUndefined();
  });

  it("leaves a signing of the report's day dated when a later clause names an older year", async ({ expect }) => {
    const text = `${lead.en}\nThe two presidents signed a treaty on strategic partnership in Sofia on Tuesday, building on cooperation that began in 2009.`;
    const a = await analyze({ text, language: "en" });
    expect(a.commitments.find((c) => c.legalForm === "treaty")?.signedOn).toBe("2015-05-12");
  });
});
