/**
 * German compounds written with a hyphen ("ein Visa-Abkommen", "ein Gesundheits-Abkommen") are one instrument of
 * their subject, as the same compound written solid is (sentences written for this project, FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmSectors } from "../../helpers/commitment-read";

const CASES = [
  [
    "Österreich und Ghana unterzeichneten am Mittwoch in Wien ein Visa-Abkommen und ein Gesundheitsabkommen.",
    ["health agreement", "mobility-consular agreement"],
  ],
  [
    "Die Schweiz und Peru unterzeichneten am Mittwoch in Bern ein Visa-Abkommen und ein Gesundheits-Abkommen.",
    ["health agreement", "mobility-consular agreement"],
  ],
  [
    "Deutschland und Kenia unterzeichneten am Mittwoch in Berlin ein Energie-Abkommen sowie eine Absichtserklärung über Bildung.",
    ["culture-people declaration", "energy-climate agreement"],
  ],
] as const;

describe("a German compound written with a hyphen", () => {
  it.for(CASES)("%s → %j", ([text, wanted], { expect }) => {
    expect(firmSectors("de", text)).toEqual(wanted);
  });
});
