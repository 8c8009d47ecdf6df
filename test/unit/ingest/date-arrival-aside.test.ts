/**
 * A visitor's arrival told aside in a relative clause of the lead (", who flew in yesterday evening") is the visitor's
 * background: the lead's happening is on the report's day (FICTIONAL sentences in the project's words).
 */
import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

describe("an arrival told in a relative clause is not the lead's happening", () => {
  eventOnEach(
    [
      [
        "en",
        "Talks are under way in Dushanbe between the presidents of Tajikistan and China, who flew into Tajikistan yesterday evening on a state visit.",
      ],
      [
        "fr",
        "Les entretiens se déroulent à Accra entre les présidents du Ghana et de Côte d'Ivoire, qui est arrivé hier soir pour une visite d'État.",
      ],
      [
        "es",
        "Las conversaciones se celebran en Lima entre los presidentes de Perú y Chile, quien llegó ayer por la tarde en visita oficial.",
      ],
    ],
    "2026-03-12",
    "2026-03-12",
  );
});

describe("an arrival that is the lead's news keeps its day", () => {
  eventOnEach(
    [
      [
        "en",
        "The president of China flew into Tajikistan yesterday evening on a state visit to hold talks with his Tajik counterpart.",
      ],
    ],
    "2026-03-12",
    "2026-03-11",
  );
});

describe("the lead's own day after an arrival aside", () => {
  eventOnEach(
    [
      [
        "fr",
        "Le ministre ivoirien des affaires étrangères, qui est arrivé dimanche à Accra, a signé lundi avec son homologue ghanéen un accord sur le cacao.",
      ],
      [
        "en",
        "The Hungarian foreign minister, who arrived in Belgrade on Sunday, on Monday signed an energy agreement with his Serbian counterpart.",
      ],
    ],
    "2026-03-11",
    "2026-03-09",
  );
});
