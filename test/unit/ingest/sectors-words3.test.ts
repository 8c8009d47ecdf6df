import { describe, it } from "vitest";
import { itFindsFields, sectorsIn } from "../../helpers/sectors";

describe("findSectors: words of boundaries and border commissions", () => {
  // FICTIONAL leads: the line between two states, its markers and the commission that keeps it are sovereignty;
  // a common border alone is no subject (neighbours that share one, a zone on it).
  itFindsFields([
    ["en", "The joint commission reviewed the markers along the land boundary.", "sovereignty-and-disputes"],
    ["en", "The ministers agreed to convene the border commission next month.", "sovereignty-and-disputes"],
    ["fr", "La commission mixte des frontières a examiné le bornage.", "sovereignty-and-disputes"],
    ["es", "La comisión binacional de límites revisó los hitos fronterizos.", "sovereignty-and-disputes"],
    ["pt", "A comissão mista de limites reviu os marcos de fronteira.", "sovereignty-and-disputes"],
    ["it", "La commissione mista per i confini ha esaminato i cippi di confine.", "sovereignty-and-disputes"],
    ["ru", "Совместная демаркационная комиссия рассмотрела пограничные знаки.", "sovereignty-and-disputes"],
    ["de", "Die gemeinsame Grenzkommission prüfte die Grenzsteine.", "sovereignty-and-disputes"],
    ["ar", "وراجعت اللجنة الحدودية المشتركة العلامات الحدودية.", "sovereignty-and-disputes"],
  ]);
});

describe("findSectors: a common border is no subject of its own", () => {
  it.for([
    ["en", "The two neighbours, which share a common border, discussed trade."],
    ["es", "Los dos países vecinos, que comparten una frontera común, hablaron de comercio."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(sectorsIn(lang, text)).not.toContain("sovereignty-and-disputes");
  });
});

describe("findSectors: words of rivers as waterways", () => {
  // FICTIONAL leads: a river's navigability and river transport are transport.
  itFindsFields([
    ["en", "The ministers discussed the navigability of the river and river transport.", "transport-logistics"],
    ["fr", "Les ministres ont parlé de la navigabilité du fleuve et du transport fluvial.", "transport-logistics"],
    ["es", "Los ministros hablaron de la navegabilidad del río y del transporte fluvial.", "transport-logistics"],
    ["pt", "Os ministros falaram da navegabilidade do rio e do transporte fluvial.", "transport-logistics"],
    ["it", "I ministri hanno parlato della navigabilità del fiume e del trasporto fluviale.", "transport-logistics"],
    ["ru", "Министры обсудили судоходство по реке и речные перевозки.", "transport-logistics"],
    ["de", "Die Minister sprachen über die Schiffbarkeit des Flusses und die Flussschifffahrt.", "transport-logistics"],
    ["ar", "وبحث الوزيران النقل النهري بين البلدين.", "transport-logistics"],
  ]);
});

describe("findSectors: words of the poles and of energy", () => {
  // FICTIONAL leads: the Antarctic and polar research are science; German compounds ending in a word of energy
  // (Wasserenergetik, Windenergie) are energy.
  itFindsFields([
    ["en", "The two sides agreed to work together in the Antarctic.", "science-technology"],
    ["fr", "Les deux parties coopéreront en Antarctique.", "science-technology"],
    ["es", "Las dos partes cooperarán en la Antártida.", "science-technology"],
    ["pt", "As duas partes vão cooperar na Antártida.", "science-technology"],
    ["it", "Le due parti coopereranno in Antartide.", "science-technology"],
    ["ru", "Стороны будут сотрудничать в Антарктиде.", "science-technology"],
    ["de", "Beide Seiten wollen in der Antarktis zusammenarbeiten.", "science-technology"],
    ["ar", "وسيتعاون الجانبان في القارة القطبية الجنوبية.", "science-technology"],
    ["de", "Die Präsidenten nannten die Wasserenergetik eine Richtung der Zusammenarbeit.", "energy-climate"],
    ["de", "Die Präsidenten sprachen über Windenergie.", "energy-climate"],
  ]);
});

describe("findSectors: the full name of a memorandum announces its field", () => {
  // FICTIONAL reports: a memorandum of understanding signed after the lead announces the field its long
  // complement names, counted from the end of its whole name.
  const lead = (lang: string) =>
    ({
      en: "The presidents of Kenya and Ghana met in Nairobi on Monday. They praised the work of their teams.",
      fr: "Les présidents du Kenya et du Ghana se sont rencontrés lundi à Nairobi. Ils ont salué le travail de leurs équipes.",
      es: "Los presidentes de Kenia y Ghana se reunieron el lunes en Nairobi. Elogiaron el trabajo de sus equipos.",
      pt: "Os presidentes do Quénia e do Gana reuniram-se na segunda-feira em Nairobi. Elogiaram o trabalho das equipas.",
      it: "I presidenti di Kenya e Ghana si sono incontrati lunedì a Nairobi. Hanno lodato il lavoro delle squadre.",
      ru: "Президенты Кении и Ганы встретились в понедельник в Найроби. Они высоко оценили работу своих команд.",
      ar: "التقى رئيسا كينيا وغانا يوم الاثنين في نيروبي. وأشادا بعمل فريقيهما.",
    })[lang] ?? "";
  itFindsFields([
    [
      "en",
      `${lead("en")}\n\nThe delegations also signed a memorandum of understanding for the gradual joint development of tourism.`,
      "culture-people",
    ],
    [
      "fr",
      `${lead("fr")}\n\nLes délégations ont aussi signé un mémorandum d'entente pour le développement progressif du tourisme.`,
      "culture-people",
    ],
    [
      "es",
      `${lead("es")}\n\nLas delegaciones firmaron además un memorando de entendimiento para el desarrollo conjunto y gradual del turismo.`,
      "culture-people",
    ],
    [
      "pt",
      `${lead("pt")}\n\nAs delegações assinaram ainda um memorando de entendimento para o desenvolvimento gradual do turismo.`,
      "culture-people",
    ],
    [
      "it",
      `${lead("it")}\n\nLe delegazioni hanno anche firmato un protocollo d'intesa per lo sviluppo comune e graduale del turismo.`,
      "culture-people",
    ],
    [
      "ru",
      `${lead("ru")}\n\nДелегации также подписали меморандум о взаимопонимании по постепенному совместному развитию туризма.`,
      "culture-people",
    ],
    [
      "ar",
      `${lead("ar")}\n\nووقع الوفدان أيضا مذكرة تفاهم من أجل التطوير المشترك والتدريجي لقطاع السياحة.`,
      "culture-people",
    ],
  ]);
});

describe("findSectors: work done jointly on a field announces it", () => {
  // FICTIONAL reports: after the lead, the two governments commit to work jointly on a river's navigability.
  const lead = "Kenya and Ghana held talks in Nairobi on Monday. The ministers praised their teams.\n\n";
  itFindsFields([
    [
      "en",
      `${lead}The document stresses the commitment to work jointly on the navigability of the border river.`,
      "transport-logistics",
    ],
    [
      "fr",
      `${lead}Le document souligne l'engagement à travailler conjointement à la navigabilité du fleuve frontalier.`,
      "transport-logistics",
    ],
    [
      "es",
      `${lead}El documento subraya el compromiso de trabajar de manera conjunta en la navegabilidad del río fronterizo.`,
      "transport-logistics",
    ],
    [
      "pt",
      `${lead}O documento sublinha o compromisso de trabalhar de forma conjunta na navegabilidade do rio fronteiriço.`,
      "transport-logistics",
    ],
    [
      "it",
      `${lead}Il documento sottolinea l'impegno a lavorare congiuntamente sulla navigabilità del fiume di confine.`,
      "transport-logistics",
    ],
    [
      "ru",
      `${lead}В документе подчеркивается намерение совместно работать над судоходством по пограничной реке.`,
      "transport-logistics",
    ],
    [
      "de",
      `${lead}Das Dokument betont die Absicht, gemeinsam an der Schiffbarkeit des Grenzflusses zu arbeiten.`,
      "transport-logistics",
    ],
    [
      "ar",
      `${lead}وتؤكد الوثيقة الالتزام بالعمل بشكل مشترك على تحسين الملاحة في النهر الحدودي.`,
      "transport-logistics",
    ],
  ]);
});
