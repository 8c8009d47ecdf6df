import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words. The French row fails without the rule (a weekday set off by a comma
// before a verb in the French simple future singular); the others show the same reading in other languages.

describe("a weekday set off by a comma before a verb in the future is a coming day, not the happening", () => {
  // Published on Thursday 12 March 2026: the signings are of that day ("dans la journée"), the summits of Friday 13th.
  eventOnEach(
    [
      [
        "fr",
        "Une dizaine d'accords, d'une valeur de plus de deux milliards de dollars, ont commencé à être signés dans la journée entre le Chili et le Pérou, selon les médias d'État chiliens. Vendredi, le président péruvien participera à deux sommets distincts, l'un avec les dirigeants de la région andine.",
      ],
      [
        "es",
        "Una decena de acuerdos, por un valor de más de dos mil millones de dólares, comenzaron a firmarse durante la jornada entre Chile y Perú, según los medios estatales chilenos. El viernes, el presidente peruano participará en dos cumbres distintas, una con los dirigentes de la región andina.",
      ],
      [
        "it",
        "Una decina di accordi, per un valore di oltre due miliardi di dollari, hanno cominciato a essere firmati in giornata tra Cile e Perù, secondo i media statali cileni. Venerdì, il presidente peruviano parteciperà a due vertici distinti, uno con i leader della regione andina.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-12",
  );
});
