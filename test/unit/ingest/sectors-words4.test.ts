import { describe } from "vitest";
import { itFindsFields } from "../../helpers/sectors";

describe("findSectors: a border reopened or closed is mobility", () => {
  // FICTIONAL leads: opening or closing a border to travellers is about the movement of people.
  itFindsFields([
    ["en", "The two presidents agreed on the reopening of the border from Thursday.", "mobility-consular"],
    ["fr", "Les deux chefs d'État ont décidé la réouverture des frontières dès jeudi.", "mobility-consular"],
    ["it", "I due presidenti hanno concordato la riapertura delle frontiere da giovedì.", "mobility-consular"],
    ["es", "Los dos presidentes acordaron la reapertura de la frontera a partir del jueves.", "mobility-consular"],
    ["pt", "Os dois presidentes acordaram a reabertura das fronteiras a partir de quinta-feira.", "mobility-consular"],
    [
      "de",
      "Die beiden Präsidenten einigten sich auf die Wiedereröffnung der Grenze ab Donnerstag.",
      "mobility-consular",
    ],
    ["ru", "Президенты договорились об открытии границы с четверга.", "mobility-consular"],
    ["ar", "واتفق الرئيسان على إعادة فتح الحدود اعتبارا من الخميس.", "mobility-consular"],
  ]);
});

describe("findSectors: hostilities are security", () => {
  // FICTIONAL leads: a call about ending hostilities between armed groups.
  itFindsFields([
    ["en", "The ministers called for an end to the hostilities in the region.", "security-defence"],
    ["fr", "Les ministres ont appelé à la fin des hostilités dans la région.", "security-defence"],
    ["es", "Los ministros pidieron el fin de las hostilidades en la región.", "security-defence"],
    ["pt", "Os ministros apelaram ao fim das hostilidades na região.", "security-defence"],
    ["ru", "Министры призвали прекратить боевые действия в регионе.", "security-defence"],
    ["ar", "ودعا الوزيران إلى وقف الأعمال العدائية في المنطقة.", "security-defence"],
  ]);
});

describe("findSectors: national minorities are people-to-people ties", () => {
  // FICTIONAL leads: the schools and rights of a minority living in the other country.
  itFindsFields([
    ["en", "The talks covered the schools of the national minorities on both sides.", "culture-people"],
    ["fr", "Les entretiens ont porté sur les écoles des minorités nationales des deux côtés.", "culture-people"],
    ["ru", "На переговорах обсуждались школы национальных меньшинств по обе стороны.", "culture-people"],
    ["ar", "وتناولت المحادثات مدارس الأقليات القومية في البلدين.", "culture-people"],
  ]);
});
