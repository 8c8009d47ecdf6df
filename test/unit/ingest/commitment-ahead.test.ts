/**
 * A signing dated after the report's own day has not happened: "acolhe amanhã a assinatura" over a dateline of the
 * 14th is planned, never signed, in a report without a publication date; one signed that day stays signed. Sentences
 * written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const statuses = async (text: string) => (await analyze({ text })).commitments.map((c) => c.status);

describe("signings dated after the report's day", () => {
  it("a capital that hosts a signing tomorrow, under a dateline", async ({ expect }) => {
    expect(
      await statuses(
        "Moçambique e Cuba preparam acordo de pescas\n\nMaputo, 14 de Maio de 2026 – A capital moçambicana acolhe amanhã a assinatura, entre Moçambique e Cuba, de um acordo de cooperação no domínio das pescas.",
      ),
    ).toEqual(["proposed"]);
  });
  it("a signing of the dateline's day stays signed", async ({ expect }) => {
    expect(
      await statuses(
        "Moçambique e Cuba assinam acordo de pescas\n\nMaputo, 14 de Maio de 2026 – Moçambique e Cuba assinaram hoje, em Maputo, um acordo de cooperação no domínio das pescas.",
      ),
    ).toEqual(["signed"]);
  });
});
