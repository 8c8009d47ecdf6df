import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words; each fails without the words its test names.
describe("rural development and food systems are agriculture and food security, in every language", () => {
  itFindsFields([
    ["en", "The two ministers signed a memorandum on rural development in Lima.", "agriculture-food-security"],
    [
      "fr",
      "Les deux ministres ont signé un mémorandum sur le développement rural à Lima.",
      "agriculture-food-security",
    ],
    ["it", "I due ministri hanno firmato un memorandum sullo sviluppo rurale a Lima.", "agriculture-food-security"],
    ["es", "Los dos ministros firmaron un memorando sobre desarrollo rural en Lima.", "agriculture-food-security"],
    [
      "pt",
      "Os dois ministros assinaram um memorando sobre desenvolvimento rural em Lima.",
      "agriculture-food-security",
    ],
    [
      "de",
      "Die beiden Minister unterzeichneten in Lima ein Memorandum über die ländliche Entwicklung.",
      "agriculture-food-security",
    ],
    ["ru", "Министры подписали в Лиме меморандум о развитии сельских территорий.", "agriculture-food-security"],
    ["ar", "وقع الوزيران في ليما مذكرة تفاهم بشأن التنمية الريفية.", "agriculture-food-security"],
  ]);
});
