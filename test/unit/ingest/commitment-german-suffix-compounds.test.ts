import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. German names an instrument by its subject and its form in one word
// (Wasserstoffabkommen, Rohstoffvereinbarung, Migrationsabkommen): the word's form ending says what it is, whatever
// the subject before it, as "Kooperationsabkommen" already does.
const COMPOUNDS: readonly (readonly [string, string])[] = [
  ["a hydrogen agreement", "Deutschland und Kanada unterzeichneten am Montag in Stephenville ein Wasserstoffabkommen."],
  [
    "a raw-materials arrangement",
    "Deutschland und Chile haben am Montag in Santiago eine Rohstoffvereinbarung unterzeichnet.",
  ],
  ["a migration agreement", "Deutschland und Kenia besiegeln Migrationsabkommen"],
];

describe("a German compound ending in a form word is that form", () => {
  it.for(COMPOUNDS)("%s", ([, text], { expect }) => {
    expect(firmCommitments("de", text)).toEqual(["signed agreement"]);
  });
  it("leaves a programme compound alone (a visit's programme, a nuclear programme)", ({ expect }) => {
    expect(
      firmCommitments(
        "de",
        "Das Besuchsprogramm wurde am Montag in Berlin von beiden Seiten unterzeichnet und veröffentlicht.",
      ),
    ).toEqual([]);
  });
});
