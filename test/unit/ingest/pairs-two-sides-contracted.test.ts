import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. "The two governments" often comes with its article merged into a
// preposition ("des deux gouvernements", "dei due governi", "dos dois governos", "dos dois líderes"); the merged form
// says "the two sides" as plainly as the bare one ("les deux gouvernements"), so the report is on its pair.
const CONTRACTED: readonly (readonly [string, string])[] = [
  [
    "fr",
    "La présidente du Conseil, Giorgia Meloni, reçoit mardi à Rome le président tunisien Kaïs Saïed pour les consultations annuelles des deux gouvernements. Quatre ministres du gouvernement italien y prennent part.",
  ],
  [
    "it",
    "La presidente del Consiglio, Giorgia Meloni, riceve martedì a Roma il presidente tunisino Kais Saied per le consultazioni annuali dei due governi. Vi partecipano quattro ministri del governo italiano.",
  ],
  [
    "pt",
    "A primeira-ministra italiana, Giorgia Meloni, recebe esta terça-feira em Roma o presidente tunisino, Kais Saied, para as consultas anuais dos dois governos. Participam quatro ministros do Governo italiano.",
  ],
  [
    "pt",
    "A primeira-ministra italiana, Giorgia Meloni, recebe esta terça-feira em Roma o presidente tunisino, Kais Saied; a conversa dos dois líderes centra-se na energia. Participam quatro ministros do Governo italiano.",
  ],
];

describe("'the two governments' with its article merged into a preposition is a two-sides cue", () => {
  it.for(CONTRACTED)("%s", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2025-06-10")).toEqual(["IT-TN"]);
  });
});
