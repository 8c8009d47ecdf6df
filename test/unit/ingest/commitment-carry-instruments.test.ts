/**
 * Sentences that list what a counted batch holds through words of finding or figuring ("On y trouve…", "… y
 * figurent", "Parmi ces instruments…", "Tra gli strumenti…", "Vi figurano…", "Unter den Instrumenten…") are carry
 * phrases: the instruments they name, definite or not ("le nouvel Accord général de coopération"), are the batch's,
 * each one of its own, not one more batch (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const LOT = ["signed agreement", "signed agreement", "signed memorandum"] as const;

const CARRIED = [
  "fr Mercredi, à Lomé, le Togo et le Ghana ont signé six accords de coopération. On y trouve le nouvel Accord général de coopération, l'Accord sur la sécurité intérieure et quatre mémorandums d'entente.",
  "fr Mercredi, à Lomé, le Togo et le Ghana ont signé six accords de coopération. Parmi ces instruments figurent un accord sur la pêche, un accord sur le transport et quatre mémorandums d'entente.",
  "fr Mercredi, à Lomé, le Togo et le Ghana ont signé six accords. Parmi les instruments, un accord sur la pêche, un accord sur le transport et quatre mémorandums d'entente.",
  "it Mercoledì, a Tirana, Albania e Montenegro hanno firmato sei accordi di cooperazione. Tra gli strumenti figurano un accordo sulla pesca, un accordo sui trasporti e quattro memorandum d'intesa.",
  "it Mercoledì, a Tirana, Albania e Montenegro hanno firmato sei accordi. Fra gli strumenti, un accordo sulla pesca, un accordo sui trasporti e quattro memorandum d'intesa.",
  "de Am Mittwoch unterzeichneten Chile und Peru in Lima sechs Abkommen. Unter den Instrumenten sind ein Abkommen über Fischerei, ein Abkommen über Verkehr und vier Memoranden.",
  "fr Mercredi, à Lomé, le Togo et le Ghana ont signé six accords. Y figurent un accord sur la pêche, un accord sur le transport et quatre mémorandums d'entente.",
  "it Mercoledì, a Tirana, Albania e Montenegro hanno firmato sei accordi. Vi figurano un accordo sulla pesca, un accordo sui trasporti e quattro memorandum d'intesa.",
].map((line) => [line, LOT] as const);

// A phrase denied, a batch told as a tally, or instruments still to come lend no signature.
const NOT_CARRIED = [
  "fr Mercredi, à Lomé, le Togo et le Ghana ont signé six accords. N'y figurent ni l'accord sur la pêche ni l'accord sur le transport.",
  "it Mercoledì, a Tirana, Albania e Montenegro hanno firmato sei accordi. Non vi figurano l'accordo sulla pesca e l'accordo sui trasporti.",
  "de Am Mittwoch unterzeichneten Chile und Peru in Lima sechs Abkommen. Nicht unter den Instrumenten war das Abkommen über Fischerei.",
].map((line) => [line, ["signed agreement"]] as const);

const NOT_LENT = [
  [
    "fr Depuis 2010, le Togo et le Ghana ont signé quarante accords. Parmi ces instruments figure l'accord sur la pêche.",
    [],
  ],
  [
    "it Albania e Montenegro hanno firmato sei accordi. Tra gli strumenti ancora allo studio figura un accordo sulla pesca.",
    ["signed agreement"],
  ],
] as const;

describe("a sentence listing what a counted batch holds", () => {
  itSigns(CARRIED);
  itSigns(NOT_CARRIED);
  itSigns(NOT_LENT);
});
