import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words; each fails without the words its test names.
describe("an air force is defence, and megawatts are energy, in every language (a lead naming one)", () => {
  itFindsFields([
    ["en", "The plant will build transport aircraft ordered by the air force.", "security-defence"],
    ["fr", "L'usine fabriquera des avions de transport commandés par l'armée de l'air.", "security-defence"],
    ["es", "La planta fabricará aviones de transporte encargados por la Fuerza Aérea.", "security-defence"],
    ["pt", "A fábrica vai produzir aviões de transporte encomendados pela Força Aérea.", "security-defence"],
    ["de", "Das Werk soll Transportflugzeuge für die Luftwaffe bauen.", "security-defence"],
    ["ar", "وسينتج المصنع طائرات نقل لصالح القوات الجوية.", "security-defence"],
    ["en", "The link will carry 40 megawatts between the two grids.", "energy-climate"],
    ["fr", "La ligne transportera 40 mégawatts entre les deux pays.", "energy-climate"],
    ["es", "La línea transportará 40 megavatios entre los dos países.", "energy-climate"],
    ["pt", "A linha vai transportar 40 megawatts entre os dois países.", "energy-climate"],
    ["de", "Die Leitung soll 40 Megawatt zwischen beiden Ländern übertragen.", "energy-climate"],
    ["ru", "Линия будет передавать 40 мегаватт между двумя странами.", "energy-climate"],
    ["ar", "وسينقل الخط 40 ميغاواط بين البلدين.", "energy-climate"],
  ]);
});
