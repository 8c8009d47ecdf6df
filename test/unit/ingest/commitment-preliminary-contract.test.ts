/**
 * A German "Vorvertrag" (preliminary contract, the word some wires use for a memorandum of understanding) is an
 * instrument of memorandum form, counted or single (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

describe("a preliminary contract", () => {
  itSigns([
    [
      "de Ghana und Togo unterzeichneten am Sonntag in Accra einen Vorvertrag über den Bau eines Kraftwerks.",
      ["signed memorandum"],
    ],
    [
      "de Beide Seiten unterzeichneten am Sonntag in Accra außerdem 13 Vorverträge zu den Bereichen Energie und Verteidigungsindustrie.",
      ["signed memorandum"],
    ],
  ]);
});
