import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words, after a long lead that names no field. Coordination on the
// international agenda, in international fora, and on regional and international issues is multilateral coordination,
// in every language; so are the World Trade Organization, ASEAN and Mercosur.
describe("the international agenda and fora are multilateral coordination", () => {
  itFindsAfterLongLead([
    ["en", "They also discussed coordination in international fora and the international agenda.", "multilateral"],
    [
      "fr",
      "Ils ont aussi évoqué la coordination dans les enceintes internationales et l'agenda international.",
      "multilateral",
    ],
    ["it", "Hanno anche discusso il coordinamento nei fori internazionali e l'agenda internazionale.", "multilateral"],
    [
      "es",
      "También abordaron la coordinación en el escenario internacional y la agenda internacional.",
      "multilateral",
    ],
    ["pt", "Também abordaram a coordenação no cenário internacional e a agenda internacional.", "multilateral"],
    [
      "de",
      "Sie sprachen auch über die Abstimmung in internationalen Foren und die internationale Agenda.",
      "multilateral",
    ],
    ["ru", "Стороны также обсудили актуальные вопросы международной повестки дня.", "multilateral"],
    ["ar", "وتبادل الجانبان الرؤى حول القضايا الإقليمية والدولية.", "multilateral"],
    ["en", "The ministers also discussed the country's accession to the WTO.", "multilateral"],
    ["es", "Los ministros también abordaron el acuerdo entre el Mercosur y la Unión Europea.", "multilateral"],
  ]);
});
