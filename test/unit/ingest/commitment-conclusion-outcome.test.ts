/**
 * A session that "a débouché sur la conclusion de trois accords" signed them; "la conclusion des négociations sur un
 * accord", a call for "la conclusion d'un accord", or a conclusion merely saluted sign nothing. Sentences written for
 * this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmInstruments, itSignsNothing } from "../../helpers/commitment-read";

describe("the conclusion of instruments as an outcome", () => {
  it("signs what a session led to", ({ expect }) => {
    expect(
      firmInstruments(
        "fr",
        "La commission mixte du Sénégal et de la Mauritanie a débouché sur la conclusion de trois accords de coopération jeudi à Dakar.",
      ),
    ).toBe(3);
  });
  itSignsNothing([
    "fr La commission mixte du Sénégal et de la Mauritanie a débouché sur la conclusion des négociations sur un accord de pêche.",
    "fr Le Sénégal et la Mauritanie ont appelé à la conclusion d'un accord de pêche avant la fin de l'année.",
    "fr Les ministres du Sénégal et de la Mauritanie ont salué la conclusion des négociations sur un accord de pêche.",
  ]);
});
