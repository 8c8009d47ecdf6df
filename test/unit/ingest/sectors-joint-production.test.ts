import { describe } from "vitest";
import { afterLongLead, itFindsFields } from "../../helpers/sectors";

/**
 * FICTIONAL reports: what two countries produce together is a field of their cooperation, named once after the lead
 * ("the joint production of a vaccine", "la coproduction de drones", "совместное производство удобрений").
 */
const report = afterLongLead;

describe("findSectors: a field produced jointly is a clear mention", () => {
  itFindsFields([
    ["en", report("en", "Later they watched a short film on the joint production of a vaccine."), "health"],
    [
      "fr",
      report("fr", "Plus tard, ils ont visité un atelier de production conjointe de navires."),
      "transport-logistics",
    ],
    [
      "es",
      report("es", "Luego visitaron una planta de producción conjunta de fertilizantes."),
      "agriculture-food-security",
    ],
    ["pt", report("pt", "Depois visitaram uma fábrica de produção conjunta de medicamentos."), "health"],
    ["it", report("it", "Più tardi hanno visitato un impianto di produzione congiunta di vaccini."), "health"],
    [
      "ru",
      report("ru", "Затем они осмотрели площадку совместного производства удобрений."),
      "agriculture-food-security",
    ],
    ["de", report("de", "Später besichtigten sie eine Anlage zur gemeinsamen Produktion von Impfstoffen."), "health"],
    [
      "ar",
      report(
        "ar",
        "ثم شاهدا فيلما قصيرا عن الإنتاج المشترك للقاح.",
      ),
      "health",
    ],
  ]);
});
