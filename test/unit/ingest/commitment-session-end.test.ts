/**
 * Without a publication date, the report's day is the last of the span of days its lead writes out: a signing at the
 * end of a two-day session is on its last day, not one still to come (FICTIONAL sentences in the project's words).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const firm = async (text: string, language: string) =>
  (await analyze({ text, language })).commitments
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm}×${c.instruments ?? 1} ${c.signedOn ?? "-"}`);

describe("a signing at the end of a dated session", () => {
  it.for([
    [
      "fr",
      "Au terme de la première session de leur Grande Commission Mixte, réunie les 8 et 9 mai 2024 à Dakar, la Guinée et le Sénégal ont conclu six accords de coopération.",
    ],
    [
      "en",
      "At the end of the first session of their Joint Commission, held on 8 and 9 May 2024 in Dakar, Guinea and Senegal concluded six cooperation agreements.",
    ],
  ] as const)("is signed on its last day (%s)", async ([language, text], { expect }) => {
    expect(await firm(text, language)).toEqual(["agreement×6 2024-05-09"]);
  });
});
