import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. "Sealing" or "concluding" an instrument is signing it, in the words each
// language uses ("scellé", "suggellato", "selaram", "besiegeln", "ein Abkommen … geschlossen"); an instrument
// that "is expected" to be signed ("Es wird erwartet, dass … unterzeichnen") is not signed yet.
const SEALED: readonly (readonly [string, string])[] = [
  ["fr", "Le Chili et l'Allemagne ont scellé lundi un accord sur le lithium."],
  ["it", "Cile e Germania hanno suggellato lunedì un accordo sul litio."],
  ["pt", "Chile e Alemanha selaram na segunda-feira um acordo sobre o lítio."],
  ["de", "Chile und Deutschland besiegeln ein Abkommen über Lithium."],
  ["de", "Deutschland und Chile haben am Montag ein Abkommen über die Zusammenarbeit bei Lithium geschlossen."],
];

describe("sealing or concluding an instrument is signing it", () => {
  it.for(SEALED)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});

describe("an instrument expected to be signed is not signed", () => {
  it("de", ({ expect }) => {
    expect(
      firmCommitments(
        "de",
        "Es wird erwartet, dass die Minister am Montag in Santiago mehrere Abkommen unterzeichnen.",
      ),
    ).toEqual([]);
  });
});
