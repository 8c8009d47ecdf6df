/**
 * Fighting crime is security cooperation, and food safety is the food field, in the words reports use for them in
 * the eight languages (FICTIONAL sentences written for this project): "la lutte contre la criminalité", "combate à
 * criminalidade transnacional", "Lebensmittelsicherheit", "سلامة الغذاء".
 */
import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

const SECURITY = "security-defence";
const FOOD = "agriculture-food-security";

describe("fighting crime and food safety", () => {
  itFindsFields([
    ["en", "The two ministers agreed to work together on fighting crime.", SECURITY],
    ["fr", "Les deux ministres ont convenu de coopérer dans la lutte contre la criminalité.", SECURITY],
    ["es", "Los dos ministros acordaron cooperar en la lucha contra la delincuencia.", SECURITY],
    ["pt", "Os dois ministros acordaram cooperar no combate à criminalidade transnacional.", SECURITY],
    ["it", "I due ministri hanno concordato di cooperare nella lotta alla criminalità.", SECURITY],
    ["de", "Die beiden Minister vereinbarten eine Zusammenarbeit bei der Kriminalitätsbekämpfung.", SECURITY],
    ["ru", "Министры договорились о сотрудничестве в борьбе с преступностью.", SECURITY],
    ["ar", "اتفق الوزيران على التعاون في مكافحة الجريمة.", SECURITY],
    ["en", "The two ministers agreed to work together on food safety.", FOOD],
    ["fr", "Les deux ministres ont convenu de coopérer en matière de salubrité des aliments.", FOOD],
    ["es", "Los dos ministros acordaron cooperar en materia de inocuidad alimentaria.", FOOD],
    ["pt", "Os dois ministros acordaram cooperar em matéria de segurança dos alimentos.", FOOD],
    ["it", "I due ministri hanno concordato di cooperare sulla sicurezza degli alimenti.", FOOD],
    ["de", "Die beiden Minister vereinbarten eine Zusammenarbeit bei der Lebensmittelsicherheit.", FOOD],
    ["ru", "Министры договорились о сотрудничестве в области безопасности пищевой продукции.", FOOD],
    ["ar", "اتفق الوزيران على التعاون في مجال سلامة الغذاء.", FOOD],
  ]);
});
