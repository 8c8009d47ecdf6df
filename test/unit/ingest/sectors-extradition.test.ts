/**
 * Extradition is security and justice cooperation, in the words reports use for it in the eight languages
 * (FICTIONAL sentences written for this project): "the extradition agreement", "el acuerdo de extradición",
 * "Auslieferungsabkommen", "اتفاقية تسليم المجرمين".
 */
import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

const SECURITY = "security-defence";

describe("extradition", () => {
  itFindsFields([
    ["en", "The two ministers signed an extradition agreement in Accra.", SECURITY],
    ["fr", "Les deux ministres ont signé à Accra une convention d'extradition.", SECURITY],
    ["es", "Los dos ministros firmaron en Quito un acuerdo de extradición.", SECURITY],
    ["pt", "Os dois ministros assinaram em Luanda um acordo de extradição.", SECURITY],
    ["it", "I due ministri hanno firmato a Roma un accordo di estradizione.", SECURITY],
    ["de", "Die beiden Minister unterzeichneten in Wien ein Auslieferungsabkommen.", SECURITY],
    ["ru", "Министры подписали в Ереване договор об экстрадиции.", SECURITY],
    ["ar", "وقع الوزيران في عمان اتفاقية تسليم المجرمين.", SECURITY],
  ]);
});
