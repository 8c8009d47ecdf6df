/**
 * German puts "in Kraft" at the end of its clause and the finite verb second: a day fronted before "trat" or "tritt"
 * ("Am 1. März trat das Abkommen zwischen Deutschland und Kasachstan in Kraft") is the day of the entry into force,
 * however long the instrument's name between. Sentences in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

describe("a German entry into force dated before its verb", () => {
  it.for([
    ["Am 1. März trat das Abkommen zwischen Deutschland und Kasachstan in Kraft.", "2025-03-01"],
    ["Am Dienstag trat das Abkommen zwischen Deutschland und Kasachstan über den Luftverkehr in Kraft.", "2025-03-11"],
    ["Das Abkommen zwischen Deutschland und Kasachstan trat am 1. März in Kraft.", "2025-03-01"],
  ] as const)("%s", async ([text, day], { expect }) => {
    const a = await analyze({ text, publishedAt: "2025-03-12", language: "de" });
    expect(a.commitments.filter((c) => c.status === "in_force").map((c) => c.effectiveOn)).toEqual([day]);
  });
});
