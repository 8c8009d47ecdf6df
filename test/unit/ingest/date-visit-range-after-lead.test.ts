import { describe } from "vitest";
import { eventOnEach, fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a visit's days in the sentence right after an undated lead date it by the first, even over publication", () => {
  // Published on Sunday 18 October 2026; the visit runs from the 17th to the 19th.
  eventOnEach(
    [
      [
        "en",
        "Niger and Togo have strengthened their bilateral relations through the signing of four cooperation agreements on health, farming, energy and justice. The agreements were signed in Lomé during the state visit of Niger's president, made from 17 to 19 October 2026.",
      ],
      [
        "fr",
        "Le Niger et le Togo viennent de consolider leurs relations bilatérales à travers la signature de quatre accords de coopération sur la santé, l'agriculture, l'énergie et la justice. Ces accords ont été signés à Lomé lors de la visite d'État du président nigérien, effectuée du 17 au 19 octobre 2026.",
      ],
      [
        "es",
        "Níger y Togo han reforzado sus relaciones bilaterales con la firma de cuatro acuerdos de cooperación sobre salud, agricultura, energía y justicia. Los acuerdos se firmaron en Lomé durante la visita de Estado del presidente nigerino, realizada del 17 al 19 de octubre de 2026.",
      ],
    ],
    "2026-10-18T09:00:00Z",
    "2026-10-17",
  );
  fixtureAllOn("fr-date-visit-range-after-lead", "2026-10-17");
});
