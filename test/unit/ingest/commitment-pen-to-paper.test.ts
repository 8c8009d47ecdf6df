/**
 * Signing told as "put pen to paper on" or "estamparon su firma en". Sentences written for this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

describe("signing idioms", () => {
  itSigns([
    ["en Malawi and Zambia on Wednesday put pen to paper on an agreement on road transport.", ["signed agreement"]],
    [
      "es Los cancilleres de Honduras y Panamá estamparon su firma en un convenio de cooperación turística.",
      ["signed agreement"],
    ],
  ]);
  itSignsNothing(["en Malawi and Zambia hope to put pen to paper on an agreement on road transport next year."]);
});
