/**
 * German signings told without "unterzeichnen" (sentences written for this project): ministers who "setzten ihre
 * Namen unter" an agreement, or "zeichneten" it, signed it; "unterschreiben" is "unterzeichnen" again, so an intention
 * or a plan to sign ("beabsichtigen, … zu unterschreiben", "soll … unterschrieben werden") stays ahead.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const SIGNED = [
  "Die Außenminister von Österreich und Usbekistan setzten am Mittwoch ihre Namen unter ein Abkommen über Visumbefreiung.",
  "Die Wirtschaftsminister von Österreich und Usbekistan zeichneten am Mittwoch ein Abkommen über technische Zusammenarbeit.",
  "Die Außenminister von Österreich und Usbekistan unterschrieben am Mittwoch ein Abkommen über Visumbefreiung.",
];
const AHEAD = [
  "Die Regierungschefs von Österreich und Usbekistan beabsichtigen, im Herbst ein Abkommen über Visumbefreiung zu unterschreiben.",
  "Das Abkommen zwischen Österreich und Usbekistan soll im Herbst unterschrieben werden.",
  "Österreich und Usbekistan werden im Herbst ein Abkommen über Visumbefreiung unterschreiben.",
];

describe("German signing words besides 'unterzeichnen'", () => {
  it.for(SIGNED)("%s → signed", (text, { expect }) => {
    expect(firmCommitments("de", text)).toEqual(["signed agreement"]);
  });
  it.for(AHEAD)("%s → still ahead", (text, { expect }) => {
    expect(firmCommitments("de", text)).toEqual([]);
  });
});
