import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL pages in the project's words, with no publication date given. A page may show the day it is read at its
// top ("Friday, 01 May 2026") and, lower down, the day the report came out after a "Published" label: the labelled
// one dates the report, so "on Tuesday" is the 21st of April, not the 28th.
describe("a date labelled as published outweighs a bare page date above it", () => {
  eventOnEach(
    [
      [
        "en",
        "Friday, 01 May 2026\n\nRegional Update\n\nGhana and Kenya sign ten cooperation documents\n\nPublished: 14:19, 21 April 2026\n\nGhana and Kenya signed ten cooperation documents on Tuesday in Accra, during the state visit of the Kenyan president.",
      ],
      [
        "fr",
        "Vendredi 01 mai 2026\n\nActualité régionale\n\nLe Ghana et le Sénégal signent dix documents de coopération\n\nPublié le : 21 avril 2026 à 14h19\n\nLe Ghana et le Sénégal ont signé mardi à Accra dix documents de coopération, lors de la visite d'État du président sénégalais.",
      ],
    ],
    undefined,
    "2026-04-21",
  );
});
