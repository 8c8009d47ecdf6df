import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words; each fails without the words its test names.
describe("fighting money laundering and terror financing is security, in every language", () => {
  itFindsFields([
    ["en", "The two ministers signed a memorandum on countering money laundering in Lima.", "security-defence"],
    [
      "fr",
      "Les deux ministres ont signé un mémorandum sur la lutte contre le blanchiment d'argent à Lima.",
      "security-defence",
    ],
    ["it", "I due ministri hanno firmato un memorandum contro il riciclaggio di denaro a Lima.", "security-defence"],
    ["es", "Los dos ministros firmaron un memorando contra el lavado de activos en Lima.", "security-defence"],
    [
      "pt",
      "Os dois ministros assinaram um memorando de combate ao branqueamento de capitais em Lima.",
      "security-defence",
    ],
    ["de", "Die beiden Minister unterzeichneten in Lima ein Memorandum gegen Geldwäsche.", "security-defence"],
    ["ru", "Министры подписали в Лиме меморандум о противодействии отмыванию денег.", "security-defence"],
    ["ar", "وقع الوزيران في ليما مذكرة تفاهم بشأن مكافحة غسل الأموال.", "security-defence"],
  ]);
});

describe("pharmaceutical products are health, in Arabic as in the other languages", () => {
  itFindsFields([["ar", "وقع الوزيران في ليما اتفاقية لتزويد البيرو بمنتجات صيدلانية.", "health"]]);
});
