import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a signing 'at the end of' a stay told as a range of days is on its last day", () => {
  // Published on Thursday 12 March 2026; the stay ran from the 8th to the 10th.
  eventOnEach(
    [
      [
        "en",
        "At the end of a visit from 8 to 10 March 2026, the foreign ministers of Ghana and Kenya signed two cooperation agreements.",
      ],
      [
        "fr",
        "Au terme d'un séjour effectué du 8 au 10 mars 2026, les ministres des affaires étrangères du Ghana et du Kenya ont signé deux accords de coopération.",
      ],
      [
        "it",
        "Al termine di una visita dall'8 al 10 marzo 2026, i ministri degli esteri del Ghana e del Kenya hanno firmato due accordi di cooperazione.",
      ],
      [
        "es",
        "Al término de una visita del 8 al 10 de marzo de 2026, los cancilleres de Ghana y Kenia firmaron dos acuerdos de cooperación.",
      ],
      [
        "pt",
        "No final de uma visita de 8 a 10 de março de 2026, os chanceleres do Gana e do Quénia assinaram dois acordos de cooperação.",
      ],
      [
        "de",
        "Zum Abschluss eines Besuchs vom 8. bis 10. März 2026 unterzeichneten die Außenminister Ghanas und Kenias zwei Kooperationsabkommen.",
      ],
      [
        "ru",
        "По итогам визита 8–10 марта 2026 года министры иностранных дел Ганы и Кении подписали два соглашения о сотрудничестве.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
});
