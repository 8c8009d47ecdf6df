import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A form glossed by another form's abbreviation in brackets is of the
// abbreviation's form; an abbreviation of the same form, or one that names no form, changes nothing.
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "de",
    "Malaysia und Kroatien haben am Dienstag drei Absichtserklärungen (MoU) unterzeichnet.",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "de",
    "Malaysia und Kroatien haben am Dienstag eine Absichtserklärung (MoU) über Landwirtschaft unterzeichnet.",
    [["signed", "memorandum"]],
  ],
  [
    "en",
    "Malaysia and Croatia signed two declarations of intent (MoUs) on Tuesday.",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "fr",
    "La Malaisie et la Croatie ont signé mardi deux déclarations d'intention (MoU).",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "it",
    "La Malesia e la Croazia hanno firmato martedì due dichiarazioni d'intenti (MoU).",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "es",
    "Malasia y Croacia firmaron el martes dos declaraciones de intención (MoU).",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "pt",
    "A Malásia e a Croácia assinaram na terça-feira duas declarações de intenções (MoU).",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  // Unglossed, the declaration stays one; an abbreviation naming no form, or the same form, changes nothing.
  [
    "it",
    "La Malesia e la Croazia hanno firmato martedì due dichiarazioni d'intenti.",
    [
      ["signed", "declaration"],
      ["signed", "declaration"],
    ],
  ],
  ["de", "Malaysia und Kroatien haben am Dienstag ein Abkommen (ABK) unterzeichnet.", [["signed", "agreement"]]],
  ["en", "Malaysia and Croatia signed a memorandum of understanding (MoU) on Tuesday.", [["signed", "memorandum"]]],
];

describe("a form glossed by another form's abbreviation is of the abbreviation's form", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
