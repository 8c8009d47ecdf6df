/**
 * "The visit was the occasion to sign agreements" signs them ("l'occasion de signer", "la ocasión para firmar", "a
 * ocasião de assinar", "l'occasione per firmare"); "will be the occasion to sign" does not. Sentences written for
 * this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

describe("the occasion to sign", () => {
  itSigns([
    [
      "fr La visite du président malien en Indonésie a été l'occasion de signer un accord sur l'éducation.",
      ["signed agreement"],
    ],
    [
      "en The visit of Mali's president to Indonesia was the occasion to sign an agreement on education.",
      ["signed agreement"],
    ],
    [
      "es La visita del presidente de Malí a Indonesia fue la ocasión para firmar un acuerdo sobre educación.",
      ["signed agreement"],
    ],
    [
      "pt A visita do presidente do Mali à Indonésia foi a ocasião para assinar um acordo sobre educação.",
      ["signed agreement"],
    ],
    [
      "it La visita del presidente del Mali in Indonesia è stata l'occasione per firmare un accordo sull'istruzione.",
      ["signed agreement"],
    ],
  ]);
  itSignsNothing([
    "fr La visite du président malien en Indonésie sera l'occasion de signer un accord sur l'éducation.",
    "en The visit of Mali's president to Indonesia will be the occasion to sign an agreement on education.",
  ]);
});
