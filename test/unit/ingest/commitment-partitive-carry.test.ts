import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A partitive opening the sentence after a signed batch ("One of them
// is an agreement…, and the other two are memoranda…") lends the batch's signature to the instruments it names; a
// partitive with no batch signed before it signs nothing.
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "fr",
    "Le Ghana et le Togo ont signé lundi trois documents. L'un d'eux est un accord sur la sécurité, et les deux autres sont des mémorandums d'entente sur le commerce et la santé.",
    [
      ["signed", "agreement", "security-defence"],
      ["signed", "memorandum", "economy-trade-investment"],
      ["signed", "memorandum", "health"],
    ],
  ],
  [
    "es",
    "Ghana y Togo firmaron el lunes tres documentos. Uno de ellos es un acuerdo sobre seguridad, y los otros dos son memorandos de entendimiento sobre comercio y salud.",
    [
      ["signed", "agreement", "security-defence"],
      ["signed", "memorandum", "economy-trade-investment"],
      ["signed", "memorandum", "health"],
    ],
  ],
  [
    "en",
    "Ghana and Togo signed three documents on Monday. One of them is an agreement on security, and the other two are memoranda of understanding on trade and health.",
    [
      ["signed", "agreement", "security-defence"],
      ["signed", "memorandum", "economy-trade-investment"],
      ["signed", "memorandum", "health"],
    ],
  ],
  // No batch signed before: nothing to break down.
  ["en", "Ghana and Togo held talks on Monday. One of the agreements signed in 2019 covers security.", []],
  ["fr", "Le Ghana et le Togo ont tenu lundi des pourparlers. L'un d'eux portait sur un accord de sécurité.", []],
];

describe("a partitive after a signed batch breaks it down into the instruments it names", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "sector"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
