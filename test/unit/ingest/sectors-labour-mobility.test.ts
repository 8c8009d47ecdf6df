import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words; each fails without the words its test names.
describe("labour mobility and skilled workers are mobility, in every language (a lead naming it)", () => {
  itFindsFields([
    ["en", "The two ministers signed a memorandum on labour mobility in Accra.", "mobility-consular"],
    ["fr", "Les deux ministres ont évoqué l'accueil de travailleurs qualifiés à Dakar.", "mobility-consular"],
    ["it", "I due ministri hanno firmato un memorandum sulla mobilità lavorativa a Roma.", "mobility-consular"],
    ["es", "Los dos ministros firmaron un memorando sobre movilidad laboral en Madrid.", "mobility-consular"],
    ["pt", "Os dois ministros assinaram um memorando sobre mobilidade laboral em Lisboa.", "mobility-consular"],
    ["de", "Der Kanzler warb in Neu-Delhi um Fachkräfte für den Arbeitsmarkt.", "mobility-consular"],
    ["ru", "Министры подписали меморандум о трудовой мобильности в Ташкенте.", "mobility-consular"],
    ["ar", "وقع الوزيران مذكرة تفاهم بشأن تنقل العمالة في الدوحة.", "mobility-consular"],
  ]);
});
