import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A single form with an article of its own, joined to the form before
// it, is another instrument; two forms under one article may name one document and stay one.
const TWO = [
  ["signed", "agreement"],
  ["signed", "memorandum"],
] as const;
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  ["en", "Mauritania and Sudan signed on Tuesday a memorandum and an agreement.", TWO],
  ["fr", "La Mauritanie et le Soudan ont signé mardi un mémorandum et un accord.", TWO],
  ["it", "La Mauritania e il Sudan hanno firmato martedì un memorandum e un accordo.", TWO],
  ["es", "Mauritania y Sudán firmaron el martes un memorando y un acuerdo.", TWO],
  ["pt", "A Mauritânia e o Sudão assinaram na terça-feira um memorando e um acordo.", TWO],
  ["de", "Mauretanien und Sudan haben am Dienstag ein Memorandum und ein Abkommen unterzeichnet.", TWO],
  // …after a counted batch too: the batch and one instrument more.
  [
    "en",
    "Mauritania and Sudan signed on Tuesday three memoranda of understanding and an agreement.",
    [
      ["signed", "agreement"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "fr",
    "La Mauritanie et le Soudan ont signé mardi trois mémorandums d'entente et un accord.",
    [
      ["signed", "agreement"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "es",
    "Mauritania y Sudán firmaron el martes tres memorandos de entendimiento y un acuerdo.",
    [
      ["signed", "agreement"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  // …its day and place after it are when and where, not its subject ("and a memorandum on Tuesday").
  [
    "en",
    "Namibia and Botswana signed three agreements and a memorandum on Tuesday in Windhoek.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "fr",
    "La Namibie et le Botswana ont signé trois accords et un mémorandum mardi à Windhoek.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "es",
    "Namibia y Botsuana firmaron tres acuerdos y un memorando el 10 de marzo en Windhoek.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  // …but an item an inclusion or partitive phrase opens is one of the batch.
  [
    "en",
    "Namibia and Botswana signed three agreements, including a memorandum, on Tuesday in Windhoek.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "en",
    "Namibia and Botswana signed three agreements, one of them a memorandum, on Tuesday in Windhoek.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  // Arabic marks number on the noun: "one" after a singular joined to a counted plural tells one instrument more.
  [
    "ar",
    "وقعت موريتانيا والسودان يوم الثلاثاء ثلاث مذكرات تفاهم واتفاقية واحدة.",
    [
      ["signed", "agreement"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  // …a singular joined with a verb of its own still to come is not signed (the batch then loses its form: a gap left).
  [
    "ar",
    "وقعت موريتانيا والسودان يوم الثلاثاء ثلاث مذكرات تفاهم واتفاقية ستوقع لاحقا.",
    [
      ["signed", null],
      ["signed", null],
      ["signed", null],
    ],
  ],
  // A single form told in another sentence is no instrument more of the batch, nor one of it when it is of another
  // time ("replaces a treaty signed in 2019"): an older instrument, listed apart.
  [
    "en",
    "Kenya and Uganda signed three agreements on Tuesday. One of them replaces a treaty signed in 2019.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "treaty"],
    ],
  ],
  [
    "es",
    "Kenia y Uganda firmaron el martes cuatro acuerdos. Uno de ellos sustituye a un tratado firmado en 2015.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "treaty"],
    ],
  ],
  // …but the last part of the count's breakdown is one of it, and so is an older instrument an inclusion phrase opens.
  [
    "en",
    "Kenya and Uganda signed four agreements on Tuesday, including three on trade and a memorandum on health.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "fr",
    "Le Sénégal et la Gambie ont signé mardi six accords, dont le traité d'amitié de 1995 dans une version révisée.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "agreement"],
      ["signed", "treaty"],
    ],
  ],
  // A count of "agreements" (the word for any instrument) and a single of another form joined after it with an
  // article of its own: the count, and one instrument more.
  ...(
    [
      ["en", "Kenya and Uganda signed three agreements and a memorandum on fisheries on Tuesday."],
      ["es", "Kenia y Uganda firmaron el martes tres acuerdos y un memorando sobre la pesca."],
      ["pt", "O Quénia e o Uganda assinaram na terça-feira três acordos e um memorando sobre a pesca."],
      ["it", "Il Kenya e l'Uganda hanno firmato martedì tre accordi e un memorandum sulla pesca."],
    ] as const
  ).map(
    ([lang, text]) =>
      [
        lang,
        text,
        [
          ["signed", "agreement"],
          ["signed", "agreement"],
          ["signed", "agreement"],
          ["signed", "memorandum"],
        ],
      ] as const,
  ),
  // One article for both: one document named twice, as before.
  ["en", "Mauritania and Sudan signed on Tuesday the memorandum and agreement.", [["signed", "memorandum"]]],
];

describe("a single form with its own article, joined to the form before it, is another instrument", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
