/**
 * Education told by its adjective is culture and people, as the noun is: "educational", "éducatif", "educativo",
 * "educativa", "educacional". Sentences written for this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

describe("education told by its adjective", () => {
  itFindsFields([
    ["en", "The ministers held talks on educational cooperation on Tuesday.", "culture-people"],
    ["fr", "Les ministres ont évoqué mardi la coopération dans le domaine éducatif.", "culture-people"],
    ["es", "Los ministros conversaron el martes sobre la cooperación en materia educativa.", "culture-people"],
    ["pt", "Os ministros falaram na terça-feira da cooperação no plano educativo.", "culture-people"],
    ["pt", "Os ministros falaram na terça-feira da cooperação educacional.", "culture-people"],
    ["it", "I ministri hanno discusso martedì della cooperazione in ambito educativo.", "culture-people"],
  ]);
});
