import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words, after a long lead that names no field. A cue of areas followed by a
// colon, or by items set apart with semicolons or numbers ("three priority sectors: 1) culture; 2) transport;
// 3) sustainable agriculture"), announces each item, as one followed by commas does. The Russian past "касался"
// (it concerned) is such a cue.
describe("areas listed after a colon, with semicolons or numbers", () => {
  itFindsAfterLongLead([
    [
      "it",
      "Il programma rafforza la cooperazione in tre settori prioritari:1) cultura e patrimonio;2) sviluppo locale;3) agricoltura sostenibile e sistemi agroalimentari.",
      "agriculture-food-security",
    ],
    [
      "en",
      "The programme covers three priority sectors: 1) culture and heritage; 2) local development; 3) sustainable agriculture.",
      "agriculture-food-security",
    ],
    [
      "fr",
      "Le programme porte sur trois secteurs prioritaires : la culture et le patrimoine ; le développement local ; l'agriculture durable.",
      "agriculture-food-security",
    ],
    [
      "ru",
      "Меморандум касался создания совместного предприятия по выпуску стекла; развития сельского хозяйства до 2030 года; телекоммуникаций.",
      "agriculture-food-security",
    ],
  ]);
});
