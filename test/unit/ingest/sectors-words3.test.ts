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
  ])("%s: %s", ([lang, text], { expect }) => {
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
