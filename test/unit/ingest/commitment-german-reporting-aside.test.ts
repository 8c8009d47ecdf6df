/**
 * A German modal or future auxiliary governs the signing verb that closes its clause across a reporting aside set off
 * by commas ("sollen die Minister, wie die Sprecherin ergänzte, ein Abkommen unterschreiben", ", so der Minister,"),
 * but not across an aside after which a conjunction opens another clause (FICTIONAL sentences written for this
 * project).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const CASES: readonly { text: string; firm: number }[] = [
  {
    text: "Außerdem sollen die Außenminister Albaniens und Montenegros, wie die Sprecherin ergänzte, ein Abkommen über Kultur unterschreiben.",
    firm: 0,
  },
  {
    text: "Am Montag wird Albanien mit Montenegro, so der Minister in Tirana, ein Abkommen über Kultur unterzeichnen.",
    firm: 0,
  },
  {
    text: "Das Abkommen soll den Austausch stärken, wie der Minister sagte, und wurde am Montag von Albanien und Montenegro unterzeichnet.",
    firm: 1,
  },
  {
    text: "Die Zusammenarbeit zwischen Albanien und Montenegro soll im Herbst ausgebaut werden, wie es in der Erklärung heißt, die die Außenminister beider Länder am Montag in Tirana unterzeichneten.",
    firm: 1,
  },
];

describe("a German auxiliary across a reporting aside", () => {
  it.for(CASES)("$firm signed in «$text»", ({ text, firm }, { expect }) => {
    expect(firmInstruments("de", text)).toBe(firm);
  });
});
