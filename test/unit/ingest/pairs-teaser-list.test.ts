/**
 * A teaser that lists other countries as earlier examples ("Chile, Egypt, Indonesia – the government has recruited in
 * many places. Now it is Ghana's turn.") makes no gathering of a pair it does not name; a list that names one side is
 * still a gathering (pairs-lead-list.test.ts). Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const TEASED = [
  [
    "en",
    "Chile, Egypt, Indonesia – the German government has recruited skilled workers in many places. Now it is Ghana's turn. At the start of President Frank-Walter Steinmeier's state visit to the West African country, the labour ministers of both states signed an agreement on nurses. Germany urgently needs staff, Steinmeier said on Tuesday in Accra after his talks with President John Mahama. Ghana trains more nurses than its own hospitals can employ, the Ghanaian minister said.",
  ],
  [
    "de",
    "Chile, Ägypten, Indonesien – die Bundesregierung hat schon vielerorts um Fachkräfte geworben. Jetzt ist Ghana an der Reihe. Gleich zu Beginn des Staatsbesuchs von Bundespräsident Frank-Walter Steinmeier in dem westafrikanischen Land setzten die Arbeitsminister beider Staaten ihre Unterschriften unter eine Vereinbarung über Pflegekräfte. Man brauche dringend Personal, sagte Steinmeier am Dienstag in Accra nach seinem Gespräch mit Präsident John Mahama. Ghana bilde mehr Pflegekräfte aus, als das eigene Gesundheitswesen anstellen könne; wer nach Deutschland gehe, solle faire Bedingungen vorfinden.",
  ],
] as const;

describe("a teaser's list of other countries", () => {
  it.for(TEASED)("%s", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-05-12")).toEqual(["DE-GH"]);
  });
});
