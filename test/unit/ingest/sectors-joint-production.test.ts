import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

/**
 * FICTIONAL reports: what two countries produce together is a field of their cooperation, named once after the lead
 * ("the joint production of a vaccine", "la coproduction de drones", "совместное производство удобрений").
 */
const LEADS: Readonly<Record<string, string>> = {
  en: "The two ministers met in the capital on Sunday, their third meeting this year, and spoke to the press.",
  fr: "Les deux ministres se sont rencontrés dimanche dans la capitale, pour la troisième fois cette année, puis ont parlé à la presse.",
  es: "Los dos ministros se reunieron el domingo en la capital, por tercera vez este año, y luego hablaron con la prensa.",
  pt: "Os dois ministros reuniram-se no domingo na capital, pela terceira vez este ano, e depois falaram à imprensa.",
  it: "I due ministri si sono incontrati domenica nella capitale, per la terza volta quest'anno, e poi hanno parlato alla stampa.",
  ru: "Два министра встретились в воскресенье в столице, уже в третий раз в этом году, а затем выступили перед прессой.",
  de: "Die beiden Minister trafen sich am Sonntag in der Hauptstadt, zum dritten Mal in diesem Jahr, und sprachen danach mit der Presse.",
  ar: "التقى الوزيران يوم الأحد في العاصمة للمرة الثالثة هذا العام، ثم تحدثا إلى الصحفيين في مؤتمر مشترك.",
};
const report = (lang: string, second: string) => `${LEADS[lang]} ${second}`;

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
        "وأكد الجانبان متانة الصلات بين البلدين منذ عقود طويلة. ثم شاهدا فيلما قصيرا عن الإنتاج المشترك للقاح.",
      ),
      "health",
    ],
  ]);
});
