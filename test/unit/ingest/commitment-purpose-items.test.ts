import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A purpose participle after a form or a distributive word names its
// subject ("otro destinado a…", "another aimed at…"), so each item so opened is one instrument more; "la rúbrica de"
// is a Spanish signing noun.
const THREE = [
  ["signed", "agreement"],
  ["signed", "agreement"],
  ["signed", "agreement"],
] as const;
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "es",
    "Chile y Perú firmaron un convenio sobre salud, otro destinado a formar ingenieros y uno adicional dirigido al transporte ferroviario.",
    THREE,
  ],
  [
    "pt",
    "O Brasil e o Peru assinaram um acordo sobre saúde, outro destinado a formar engenheiros e um adicional voltado ao transporte ferroviário.",
    THREE,
  ],
  [
    "en",
    "Kenya and Ghana signed an agreement on health, another aimed at training engineers and an additional one designed for rail transport.",
    THREE,
  ],
  [
    "fr",
    "Le Sénégal et le Ghana ont signé un accord sur la santé, un autre destiné à la formation d'ingénieurs et un troisième visant le transport ferroviaire.",
    THREE,
  ],
  [
    "es",
    "Los presidentes de Chile y Perú presenciaron la rúbrica de un memorándum de entendimiento sobre la pesca.",
    [["signed", "memorandum"]],
  ],
];

describe("items opened by a purpose participle, and 'la rúbrica de'", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
