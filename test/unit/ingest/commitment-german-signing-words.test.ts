/**
 * German signing words besides "unterzeichnen" (sentences written for this project): "unterschreiben" is
 * "unterzeichnen" again, so a plan to sign ("beabsichtigen, … zu unterschreiben", "soll … unterschrieben werden")
 * stays ahead; "zeichneten" and "ihre Namen unter" are no signing words (ministers "zeichneten ein düsteres Bild",
 * deputies put their names under an open letter against an agreement).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const SIGNED = [
  "Die Außenminister von Österreich und Usbekistan unterschrieben am Mittwoch ein Abkommen über Visumbefreiung.",
];
const NOT_SIGNED = [
  "Beide Minister zeichneten am Dienstag ein düsteres Bild der Lage; das geplante Freihandelsabkommen liege vorerst auf Eis.",
  "Mehr als hundert Abgeordnete setzten ihre Namen unter einen offenen Brief gegen das Freihandelsabkommen mit Kanada.",
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
  it.for(NOT_SIGNED)("%s → nothing signed", (text, { expect }) => {
    expect(firmCommitments("de", text)).toEqual([]);
  });
  it.for(AHEAD)("%s → still ahead", (text, { expect }) => {
    expect(firmCommitments("de", text)).toEqual([]);
  });
});
