import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

/** FICTIONAL reports: a long lead that names no field, then one sentence that does. */
const LEADS: Readonly<Record<string, string>> = {
  en: "The two presidents met in the capital on Monday, their second meeting this year, and spoke to the press.",
  fr: "Les deux présidents se sont rencontrés lundi dans la capitale, pour la deuxième fois cette année, puis ont parlé à la presse.",
  es: "Los dos presidentes se reunieron el lunes en la capital, por segunda vez este año, y luego hablaron con la prensa.",
  pt: "Os dois presidentes reuniram-se na segunda-feira na capital, pela segunda vez este ano, e depois falaram à imprensa.",
  it: "I due presidenti si sono incontrati lunedì nella capitale, per la seconda volta quest'anno, e poi hanno parlato alla stampa.",
  ru: "Два президента встретились в понедельник в столице, уже во второй раз в этом году, а затем выступили перед прессой.",
  de: "Die beiden Präsidenten trafen sich am Montag in der Hauptstadt, zum zweiten Mal in diesem Jahr, und sprachen danach mit der Presse.",
  ar: "التقى الرئيسان يوم الاثنين في العاصمة للمرة الثانية هذا العام، ثم تحدثا إلى الصحفيين في مؤتمر مشترك. وأكد الجانبان متانة الصلات بين البلدين منذ عقود طويلة.",
};
const report = (lang: string, second: string) => `${LEADS[lang]} ${second}`;

describe("findSectors: the subject of a joint statement is a clear mention", () => {
  itFindsFields([
    [
      "en",
      report("en", "They also put their names to a joint statement on security in the region."),
      "security-defence",
    ],
    [
      "fr",
      report("fr", "Ils ont aussi signé une déclaration conjointe sur la sécurité régionale."),
      "security-defence",
    ],
    ["es", report("es", "También firmaron una declaración conjunta sobre la seguridad regional."), "security-defence"],
    ["pt", report("pt", "Também assinaram uma declaração conjunta sobre a segurança regional."), "security-defence"],
    [
      "it",
      report("it", "Hanno anche firmato una dichiarazione congiunta sulla sicurezza regionale."),
      "security-defence",
    ],
    ["ru", report("ru", "Они также подписали совместные заявления — по безопасности в регионе."), "security-defence"],
    [
      "de",
      report("de", "Sie unterzeichneten auch eine gemeinsame Erklärung zur Sicherheit in der Region."),
      "security-defence",
    ],
    ["ar", report("ar", "ووقعا أيضا بيانا مشتركا حول الأمن في المنطقة."), "security-defence"],
  ]);
});

describe("findSectors: air policing is security", () => {
  itFindsFields([
    ["en", "The air policing agreement lets each air force watch the other's airspace.", "security-defence"],
    [
      "fr",
      "L'accord de police aérienne permet à chaque armée de l'air de surveiller l'espace aérien de l'autre.",
      "security-defence",
    ],
    ["es", "El acuerdo de policía aérea permite vigilar el espacio aéreo del otro país.", "security-defence"],
    ["pt", "O acordo de policiamento aéreo permite vigiar o espaço aéreo do outro país.", "security-defence"],
    ["it", "L'accordo di polizia aerea consente di sorvegliare lo spazio aereo dell'altro paese.", "security-defence"],
    ["ru", "Соглашение о воздушном патрулировании позволяет охранять воздушное пространство.", "security-defence"],
    ["de", "Das Luftpolizeiabkommen regelt die Sicherung des Luftraums.", "security-defence"],
    ["ar", "يسمح اتفاق الشرطة الجوية بمراقبة المجال الجوي للبلد الآخر.", "security-defence"],
  ]);
});
