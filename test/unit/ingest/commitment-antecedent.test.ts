/**
 * An instrument named again by its bare form ("the convention will take effect on…") is the nearest one of that
 * form named before it, which keeps the dates the new mention tells. Texts are FICTIONAL.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

describe("a bare form names the nearest instrument of its form", () => {
  it.for([
    [
      "en",
      "Accra, 5 November 2026 - Norway and Ghana today signed an agreement on fisheries management. The visit came a week after Ghana's parliament ratified the convention on the avoidance of double taxation between the two countries. The convention will take effect on 1 January 2027.",
    ],
    [
      "fr",
      "Accra, 5 novembre 2026 - La Norvège et le Ghana ont signé aujourd'hui un accord sur la gestion des pêches. La visite intervient une semaine après la ratification par le parlement ghanéen de la convention de non double imposition entre les deux pays. La convention entrera en vigueur le 1er janvier 2027.",
    ],
  ])("gives the later date to that instrument (%s)", async ([, text], { expect }) => {
    const a = await analyze({ text: text ?? "", publishedAt: "2026-11-05" });
    const tax = a.commitments.find((c) => c.track === "double-taxation");
    expect(tax?.effectiveOn).toBe("2027-01-01");
    const fisheries = a.commitments.find((c) => c.track !== "double-taxation" && c.status === "signed");
    expect(fisheries?.effectiveOn).toBeUndefined();
  });
});
