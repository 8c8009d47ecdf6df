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

describe("acts counted as signed documents", () => {
  it.for([
    ["pt", "O Brasil e o Quênia assinaram 6 atos em Brasília.", 6],
    ["pt", "Ao todo, 37 atos foram assinados entre o Brasil e a China.", 37],
    ["it", "Italia e Ghana hanno firmato 4 atti a Roma.", 4],
    ["fr", "Le Maroc et le Sénégal ont signé 14 actes à Dakar.", 14],
    // Uncounted, the word is acts of any kind: nothing is signed.
    ["pt", "O Brasil e o Quênia condenaram os atos de violência que os dois assinaram em nota.", 0],
    ["fr", "Le Maroc et le Sénégal ont signé les actes du colloque.", 0],
  ] as const)("%s: %s → %i", ([lang, text, n], { expect }) => {
    expect(total(lang, text)).toBe(n);
  });
});

describe("one more instrument in Portuguese", () => {
  it("reads 'mais um memorando' as one more, not as a negation", ({ expect }) => {
    expect(
      total("pt", "Moçambique e Portugal assinaram um acordo sobre saúde e mais um memorando sobre turismo."),
    ).toBe(2);
    // "mais de" is a lower bound, read as in English, not a negation.
    expect(total("pt", "Moçambique e Portugal assinaram mais de dez acordos sobre saúde.")).toBe(
      total("en", "Mozambique and Portugal signed more than ten agreements on health."),
    );
    expect(total("en", "Mozambique and Portugal signed more than ten agreements on health.")).toBeGreaterThan(0);
  });
});
