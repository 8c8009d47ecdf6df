import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

/**
 * FICTIONAL reports: what two countries produce together is a field of their cooperation, named once after the lead
 * ("the joint production of a vaccine", "la coproduction de drones", "совместное производство удобрений").
 */
describe("findSectors: a field produced jointly is a clear mention", () => {
  itFindsAfterLongLead([
    ["en", "Later they watched a short film on the joint production of a vaccine.", "health"],
    ["fr", "Plus tard, ils ont visité un atelier de production conjointe de navires.", "transport-logistics"],
    ["es", "Luego visitaron una planta de producción conjunta de fertilizantes.", "agriculture-food-security"],
    ["pt", "Depois visitaram uma fábrica de produção conjunta de medicamentos.", "health"],
    ["it", "Più tardi hanno visitato un impianto di produzione congiunta di vaccini.", "health"],
    ["ru", "Затем они осмотрели площадку совместного производства удобрений.", "agriculture-food-security"],
    ["de", "Später besichtigten sie eine Anlage zur gemeinsamen Produktion von Impfstoffen.", "health"],
    ["ar", "ثم شاهدا فيلما قصيرا عن الإنتاج المشترك للقاح.", "health"],
  ]);
});
