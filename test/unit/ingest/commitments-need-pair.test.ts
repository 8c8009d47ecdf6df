/**
 * A commitment is between the two countries of a pair: a report that gives no pair (a summit of many, a company's
 * deal, a passing mention) gives no commitment either, since none could reach a dossier (FICTIONAL reports in the
 * project's words).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const NO_PAIR = [
  [
    "it",
    "Il gruppo Alfa ha firmato lunedì a Milano un accordo con la banca Beta per finanziare nuovi impianti solari.",
  ],
  ["en", "The Alfa group signed an agreement with the Beta bank in Milan on Monday to finance new solar plants."],
  ["es", "Los cancilleres de los países de la región firmaron el lunes en Lima una declaración sobre migración."],
  ["en", "Ministers from the Gulf states signed a memorandum on customs cooperation in Riyadh on Monday."],
] as const;

const PAIR = [
  [
    "en",
    "Ghana and Kenya signed an agreement on fisheries in Accra on Friday, during the visit of the Kenyan president.",
  ],
] as const;

describe("commitments need a pair", () => {
  it.for(NO_PAIR)("%s: %s → no pair, no commitment", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-03-06T10:00:00Z" });
    expect(a.pairs).toEqual([]);
    expect(a.commitments).toEqual([]);
  });
  it.for(PAIR)("%s: %s → its pair's commitment", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-03-06T10:00:00Z" });
    expect(a.pairs.map((p) => p.key)).toEqual(["GH-KE"]);
    expect(a.commitments.map((c) => c.status)).toEqual(["signed"]);
  });
});
