/**
 * A head of state who signs an instrument told as "signed on 8 February and ratified by parliament" signs into law
 * what a parliament ratified (sentences in our own words, FICTIONAL, through findCommitments): the instrument is
 * ratified. A ratification joined to another instrument across commas is that other's.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    "it",
    "Il presidente della Somalia ha firmato l'accordo di difesa con la Turchia, siglato lo scorso 8 febbraio e ratificato dal parlamento.",
    ["ratified agreement"],
  ],
  [
    "en",
    "Somalia's president signed the defence agreement with Turkey, signed on 8 February and ratified by parliament.",
    ["ratified agreement"],
  ],
  [
    "es",
    "El presidente de Somalia firmó el acuerdo de defensa con Turquía, suscrito el 8 de febrero y ratificado por el parlamento.",
    ["ratified agreement"],
  ],
  // Guards: the ratification of another instrument, or one still ahead.
  [
    "en",
    "Italy and Tunisia signed a migration agreement on Monday, signed by the ministers, and a health memorandum, ratified by the senate in 2020.",
    ["signed agreement", "signed memorandum"],
  ],
  [
    "en",
    "Italy and Tunisia signed a migration agreement on Monday. It must still be ratified by parliament.",
    ["signed agreement"],
  ],
];

describe("an instrument told signed and then ratified, after the verb of its signing into law, is ratified", () => {
  it.for(CASES)("%s: %s", ([lang, text, want], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(want);
  });
});
