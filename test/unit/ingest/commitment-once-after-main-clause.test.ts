/**
 * "Once signed" after a past main clause, in a sentence with no future, is the circumstance of what happened: done
 * ("El presidente habló ante la prensa, una vez firmados veinte acuerdos"). Opening its sentence, or in a sentence with
 * a future, it stays a condition. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmInstruments, itSignsNothing } from "../../helpers/commitment-read";

describe("once signed, after a past main clause", () => {
  it.for([
    [
      "es",
      "El presidente de Perú habló ante la prensa con su homólogo de Ecuador, una vez firmados veinte acuerdos.",
      20,
    ],
    [
      "fr",
      "Le président du Mali a parlé à la presse avec son homologue du Niger, une fois signés les trois accords.",
      3,
    ],
  ] as const)("%s: %s", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });
});

describe("once signed, as a condition", () => {
  itSignsNothing([
    "es El acuerdo de pesca entre Perú y Ecuador entrará en vigor una vez firmados los protocolos técnicos.",
    "es Una vez firmado, el acuerdo de pesca entre Perú y Ecuador permitirá faenar en aguas comunes.",
    "en The fisheries agreement between Peru and Ecuador will take effect once signed by both governments.",
  ]);
});
