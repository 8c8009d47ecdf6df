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
  // "Another" with a verb of its own still ahead, after a semicolon, or of another noun is no item of the form.
  [
    "en",
    "Kenya and Uganda signed a memorandum on health on Tuesday, and another, designed to cover energy, will be signed in April.",
    [["signed", "memorandum"]],
  ],
  [
    "it",
    "Italia e Albania hanno firmato martedì un accordo sull'energia; un altro, mirato alla pesca, sarà firmato a giugno.",
    [["signed", "agreement"]],
  ],
  [
    "en",
    "Kenya and Uganda signed an agreement on Tuesday and announced a grant for schools and an additional one aimed at hospitals.",
    [["signed", "agreement"]],
  ],
  [
    "es",
    "Chile y Perú firmaron el martes un acuerdo sobre pesca y aprobaron un crédito para la minería y otro destinado a la agricultura.",
    [["signed", "agreement"]],
  ],
  // A single form's own track is its first item, not one more.
  [
    "fr",
    "Le Sénégal et la France ont signé mardi une convention fiscale et une autre visant à lutter contre la fraude douanière.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
];

describe("items opened by a purpose participle, and 'la rúbrica de'", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
