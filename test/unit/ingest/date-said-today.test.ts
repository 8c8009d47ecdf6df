import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL reports in the project's words. "Today" told of the telling ("a source said today", "disse hoje à
// agência") is when the report was told, not the happening: the signing's own day ("on Tuesday") is the event's.
// Published on Thursday 12 March 2026; Tuesday is the 10th.
describe("'said today' is the telling, not the happening", () => {
  eventOnEach(
    [
      [
        "pt",
        "O Governo de Cabo Verde assinou quatro acordos de cooperação com Angola, disse hoje à agência uma fonte da presidência. Os quatro acordos foram rubricados na terça-feira, na sede do Governo angolano em Luanda.",
      ],
      [
        "en",
        "The government of Ghana signed four cooperation agreements with Kenya, a source in the presidency said today. The four agreements were signed on Tuesday at the seat of government in Nairobi.",
      ],
      [
        "es",
        "El Gobierno de Perú firmó cuatro acuerdos de cooperación con Chile, dijo hoy una fuente de la presidencia. Los cuatro acuerdos fueron suscritos el martes en la sede del Gobierno chileno en Santiago.",
      ],
      [
        "fr",
        "Le gouvernement du Sénégal a signé quatre accords de coopération avec le Ghana, a déclaré aujourd'hui une source à la présidence. Les quatre accords ont été signés mardi au siège du gouvernement ghanéen à Accra.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
});
