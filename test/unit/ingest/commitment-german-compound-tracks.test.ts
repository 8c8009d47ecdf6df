/**
 * German compounds, some of them tracks with their form word last ("Luftverkehrsabkommen",
 * "Doppelbesteuerungsabkommen"), listed before the verb that closes the clause: each is its own instrument, and the
 * item joined to the next no more stands between it and the verb than a list's fellow item does (sentences written
 * for this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const CASES: readonly (readonly [string, number])[] = [
  [
    "Österreich und Tadschikistan haben am Montag ein Luftverkehrsabkommen und ein Investitionsschutzabkommen unterzeichnet.",
    2,
  ],
  ["Österreich und Tadschikistan haben am Montag ein Protokoll und ein Doppelbesteuerungsabkommen unterzeichnet.", 2],
  [
    "Österreich und Usbekistan haben am Dienstag ein Verkehrsabkommen, ein Luftverkehrsabkommen und ein Doppelbesteuerungsabkommen unterzeichnet.",
    3,
  ],
  ["Österreich und Tadschikistan haben am Montag ein Investitionsschutzabkommen unterzeichnet.", 1],
];

describe("German compound tracks joined before their verb", () => {
  it.for(CASES)("%s → %i signed", ([text, n], { expect }) => {
    expect(firmCommitments("de", text)).toHaveLength(n);
  });
});
