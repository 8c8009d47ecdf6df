/**
 * "Once signed" in a sentence dated to a day past ("Una vez firmados el jueves los siete acuerdos, …") tells a signing
 * done, as a plain past would; with no past day ("entrará en vigor una vez firmado") it stays a condition. A statement
 * made to the press ("una declaración conjunta ante la prensa") is words spoken, no instrument. Sentences written for
 * this project (FICTIONAL), dated by a publication on Friday 10 July 2026.
 */
import { describe, it } from "vitest";
import { firmInstruments, firmCommitments } from "../../helpers/commitment-read";

const DONE = [
  "es Una vez firmados el jueves los siete acuerdos entre Perú y Chile, los presidentes comparecieron juntos.",
  "pt Uma vez assinados na quinta-feira os sete acordos entre Angola e Namíbia, os presidentes falaram aos jornalistas.",
  "it Una volta firmati giovedì i sette accordi tra Italia e Tunisia, i leader hanno parlato insieme.",
  "fr Une fois signés jeudi les sept accords entre le Sénégal et le Ghana, les présidents ont parlé ensemble.",
];

describe("once signed on a day past", () => {
  it.for(DONE)("%s → seven signed", (line, { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(7);
  });
  it("stays a condition with no day past", ({ expect }) => {
    expect(
      firmInstruments("es", "El acuerdo entre Perú y Chile entrará en vigor una vez firmado por ambos gobiernos."),
    ).toBe(0);
  });
  it("counts no statement made to the press", ({ expect }) => {
    const text =
      "Los presidentes de Perú y Chile firmaron el jueves tres acuerdos y ofrecieron una declaración conjunta ante la prensa.";
    expect(firmCommitments("es", text).filter((c) => /statement|declaration/.test(c))).toEqual([]);
    expect(firmInstruments("es", text)).toBe(3);
  });
});
