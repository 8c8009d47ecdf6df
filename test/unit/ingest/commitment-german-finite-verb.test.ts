import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL German sentences in the project's words: a signing participle right before a plural form is its adjective
// only after a determiner ("die unterzeichneten Vereinbarungen"); right after the subject it is the finite verb. A
// genitive "von" inside an item does not end the list; the agent "von" of a signing word does.
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "the finite verb after a subject of two names",
    "Österreich und Slowenien unterzeichneten Vereinbarungen über die Zusammenarbeit in der Energie.",
    [["signed", "energy-climate"]],
  ],
  [
    "the finite verb after a subject with its noun",
    "Österreich und Slowenien: Die beiden Regierungen unterzeichneten Vereinbarungen über die Energie und über den Verkehr.",
    [
      ["signed", "energy-climate"],
      ["signed", "transport-logistics"],
    ],
  ],
  [
    "a genitive inside the first item",
    "Österreich und Slowenien unterzeichneten Vereinbarungen über den Austausch von Studierenden und über den Ausbau der Bahnverbindungen.",
    [
      ["signed", "culture-people"],
      ["signed", "transport-logistics"],
    ],
  ],
  [
    "'signiert' and 'Übereinkünfte'",
    "Ungarn und Kroatien haben Übereinkünfte über die Energie und über den Verkehr signiert.",
    [
      ["signed", "energy-climate"],
      ["signed", "transport-logistics"],
    ],
  ],
];

// The adjective after a determiner tells instruments already signed, no signing of the day.
const TALLIES: readonly (readonly [string, string])[] = [
  [
    "a determiner before the participle",
    "Österreich und Slowenien haben seit 1992 viele Abkommen geschlossen. Die bisher unterzeichneten Vereinbarungen betreffen vor allem die Energie.",
  ],
  [
    "a determiner and a day before the participle",
    "Österreich und Slowenien: Über die am Montag in Wien unterzeichneten Vereinbarungen wurde im Parlament gestritten.",
  ],
];

describe("German signing participles before a plural form", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "sector"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });

  it.for(TALLIES)("%s: no signing of the day", async ([, text], { expect }) => {
    const got = await firmRows(text, ["status", "signedOn"], { perInstrument: true });
    expect(got.rows.filter((r) => r[1] === "2026-03-11")).toEqual([]);
  });
});
