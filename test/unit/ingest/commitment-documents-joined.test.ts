/**
 * Documents counted after a named instrument and joined to it ("signed a declaration, as well as 12 documents on
 * cooperation") are signed by the same verb: a batch of their own beside it (sentences written for this project,
 * FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const FIRM = new Set(["signed", "ratified", "in_force"]);
const total = (lang: string, text: string) =>
  commitmentsOf(lang, text)
    .filter((c) => FIRM.has(c.status))
    .reduce((n, c) => n + (c.instruments ?? 1), 0);

const THIRTEEN = [
  "en Chile and Peru signed a joint declaration on Tuesday, as well as 12 documents on cooperation in trade and science.",
  "en Chile and Peru signed a joint declaration on Tuesday and 12 documents on cooperation in trade and science.",
  "es Chile y Perú firmaron el martes una declaración conjunta, así como 12 documentos de cooperación en comercio y ciencia.",
  "fr Le Chili et le Pérou ont signé mardi une déclaration commune, ainsi que 12 documents de coopération dans le commerce et la science.",
  "pt O Chile e o Peru assinaram na terça-feira uma declaração conjunta, bem como 12 documentos de cooperação no comércio e na ciência.",
  "it Cile e Perù hanno firmato martedì una dichiarazione congiunta, oltre a 12 documenti di cooperazione nel commercio e nella scienza.",
];

describe("documents counted after a named instrument", () => {
  it.for(THIRTEEN)("%s → 13 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(13);
  });
});
