import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. Arabic "البحث" names what memoranda are about after a topic word or a
// list's colon, and in the list's next items; elsewhere it still tells talks, not a signing.
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "topic word",
    "وقعت تونس وموريتانيا مذكرات تفاهم تخص البحث في مجال الصيد البحري، والبحث في مجال الطاقة المتجددة.",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  [
    "colon",
    "وقعت تونس وموريتانيا مذكرات تفاهم في قطاعات عدة، هي: البحث في مجال الصيد البحري، والبحث في مجال الطاقة المتجددة، والتعاون في التعليم العالي.",
    [
      ["signed", "memorandum"],
      ["signed", "memorandum"],
      ["signed", "memorandum"],
    ],
  ],
  // Talks after the signing stay talks: nothing more is signed.
  [
    "talks",
    "وقعت تونس وموريتانيا مذكرة تفاهم في مجال الطاقة، وتم البحث في سبل تعزيز التعاون في الصيد البحري.",
    [["signed", "memorandum"]],
  ],
  ["talks only", "بحث وزيرا خارجية تونس وموريتانيا سبل توقيع مذكرة تفاهم في مجال الطاقة.", []],
];

describe("Arabic research named as what memoranda are about is no discussion", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
