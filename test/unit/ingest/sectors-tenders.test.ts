import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

describe("findSectors: companies bidding in public tenders are the economy", () => {
  // FICTIONAL leads: firms of one country invited to the other's tenders, in every language we read.
  itFindsFields([
    [
      "en",
      "The prime minister invited Kenyan contractors to bid in the tenders for new railways.",
      "economy-trade-investment",
    ],
    [
      "fr",
      "Le Premier ministre a invité les constructeurs à participer aux appels d'offres pour les routes.",
      "economy-trade-investment",
    ],
    [
      "es",
      "El primer ministro invitó a los constructores a participar en las licitaciones de carreteras.",
      "economy-trade-investment",
    ],
    [
      "pt",
      "O primeiro-ministro convidou os construtores a participar nas licitações de estradas.",
      "economy-trade-investment",
    ],
    [
      "it",
      "Il primo ministro ha invitato i costruttori a partecipare agli appalti per le strade.",
      "economy-trade-investment",
    ],
    [
      "de",
      "Der Premierminister lud die Baufirmen ein, sich an den Ausschreibungen für Straßen zu beteiligen.",
      "economy-trade-investment",
    ],
    [
      "ru",
      "Премьер-министр пригласил строительные компании участвовать в тендерах на строительство дорог.",
      "economy-trade-investment",
    ],
    ["ar", "ودعا رئيس الوزراء المقاولين إلى المشاركة في المناقصات الخاصة بالطرق.", "economy-trade-investment"],
  ]);
});
