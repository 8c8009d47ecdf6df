import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL reports in the project's words. The day a visit began ("a four-day visit, which began Monday") is the
// stay's first day, like "since Monday": the signing's own day after it ("on Tuesday morning") is the happening.
// Published on Thursday 12 March 2026; Monday is the 9th, Tuesday the 10th.
describe("the day a visit began is no happening of its own", () => {
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya have signed nine deals during the Kenyan president's four-day official visit, which began Monday. The foreign ministers signed the deals in the presence of both presidents on Tuesday morning.",
      ],
      [
        "es",
        "Perú y Chile firmaron nueve acuerdos durante la visita oficial de cuatro días del presidente chileno, que comenzó el lunes. Los cancilleres firmaron los acuerdos en presencia de ambos presidentes el martes por la mañana.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
});
