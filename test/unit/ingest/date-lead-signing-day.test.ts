import { describe } from "vitest";
import { eventOnEach, fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("in the lead, a signing's day beats a later day of its background clause", () => {
  // Published on Thursday 26 November 2026; the signing on the 24th, the summit it was beside opened on the 25th.
  eventOnEach(
    [
      [
        "en",
        "The foreign ministers of Peru and Malawi signed on 24 November an agreement creating a joint commission, on the sidelines of the South-South summit that opened on 25 November in Malabo.",
      ],
      [
        "fr",
        "Les ministres des Affaires étrangères du Pérou et du Malawi ont signé le 24 novembre un accord créant une commission mixte, en marge du sommet Sud-Sud qui s'est ouvert le 25 novembre à Malabo.",
      ],
      [
        "es",
        "Los cancilleres de Perú y Malaui firmaron el 24 de noviembre un acuerdo para crear una comisión mixta, al margen de la cumbre Sur-Sur que se inauguró el 25 de noviembre en Malabo.",
      ],
      [
        "ar",
        "وقع وزيرا خارجية بيرو ومالاوي يوم 24 نوفمبر اتفاقية لإنشاء لجنة مشتركة، على هامش قمة الجنوب التي بدأت أعمالها في 25 نوفمبر في مالابو.",
      ],
    ],
    "2026-11-26T09:00:00Z",
    "2026-11-24",
  );
  fixtureAllOn("es-date-lead-signing-over-relative", "2026-11-24");
});
