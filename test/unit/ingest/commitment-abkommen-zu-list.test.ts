/**
 * A bare plural "Abkommen" after "wurden", then its subjects each opened by "zur" or "zu" ("– zur Zusammenarbeit der
 * Nationalbanken, zur Gründung eines Instituts … und zu einer deutschsprachigen Schule"): one agreement per subject.
 * Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmSectors } from "../../helpers/commitment-read";

describe("plural Abkommen with subjects opened by zur and zu", () => {
  it("gives one agreement per subject", ({ expect }) => {
    const text =
      "Deutschland und Usbekistan wollen enger zusammenarbeiten. Bei dem Besuch wurden zudem Abkommen unterzeichnet – zur Zusammenarbeit der beiden Nationalbanken, zur Gründung eines Instituts für Wissenschaft und Technologie und zu einer deutschsprachigen Schule.";
    expect(firmSectors("de", text)).toEqual([
      "culture-people agreement",
      "economy-trade-investment agreement",
      "science-technology agreement",
    ]);
  });
});
