import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

describe("findSectors: the state bodies for religious affairs name religion", () => {
  // FICTIONAL leads: a committee or presidency for religious affairs signs with its counterpart. German writes the
  // field as one long compound ("Religionsangelegenheiten"), longer than a field word's usual endings.
  itFindsFields([
    [
      "de",
      "Das Komitee für Religionsangelegenheiten Usbekistans unterzeichnete ein Memorandum mit seinem Partner.",
      "religion",
    ],
    [
      "de",
      "Die Agentur für Religionsangelegenheit und Zivilgesellschaft lud eine Delegation aus Ankara ein.",
      "religion",
    ],
    ["en", "The committee for religious affairs of Uzbekistan signed a memorandum with its partner.", "religion"],
    [
      "fr",
      "Le comité des affaires religieuses de l'Ouzbékistan a signé un mémorandum avec son partenaire.",
      "religion",
    ],
    ["es", "El comité de asuntos religiosos de Uzbekistán firmó un memorando con su socio.", "religion"],
    ["ru", "Комитет по делам религий Узбекистана подписал меморандум с партнёром.", "religion"],
  ]);
});
