/**
 * German writes "Abkommen" and "Übereinkommen" the same in both numbers, and a singular count noun takes a
 * determiner: a bare one ("unterzeichneten am Montag Abkommen über Energie und Verkehr", "neue
 * Abkommen") is several, one per field named after it (sentences written for this project). With an
 * article, a demonstrative, "ein" or a possessive before it, it stays one.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TWO = [
  "Deutschland und Ghana unterzeichneten am Montag in Accra Abkommen über Energie und Verkehr.",
  "Deutschland und Ghana haben am Montag in Berlin Abkommen zur Energie und zum Verkehr unterzeichnet.",
  "Österreich und Kenia unterzeichneten am Dienstag neue Abkommen über Gesundheit und Tourismus.",
];
const ONE = [
  "Deutschland und Ghana unterzeichneten am Montag in Accra ein Abkommen über Energie und Verkehr.",
  "Deutschland und Ghana unterzeichneten am Montag das Abkommen über Energie und Verkehr.",
  "Deutschland und Ghana unterzeichneten am Montag ihr erstes Abkommen über Energie und Verkehr.",
  "Deutschland und Ghana unterzeichneten am Montag dieses Abkommen über Energie und Verkehr.",
];

describe("a bare German form word of both numbers", () => {
  it.for(TWO)("%s → two agreements", (line, { expect }) => {
    expect(firmCommitments("de", line)).toEqual(["signed agreement", "signed agreement"]);
  });
  it.for(ONE)("%s → one agreement", (line, { expect }) => {
    expect(firmCommitments("de", line)).toEqual(["signed agreement"]);
  });
});
