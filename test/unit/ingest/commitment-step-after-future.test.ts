/**
 * A step told in a clause of "after" that a future governs is what must come first, still ahead: "the agreement will
 * take effect thirty days after both sides notify each other that they have ratified it" ratifies nothing yet, in the
 * languages we read (Spanish was read as ratified before; English, French, Italian and Portuguese were already
 * ahead by the future right before the step). An "after" clause dated to a day of its own tells a step done
 * (FICTIONAL sentences written for this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  [
    "es",
    "Bolivia y Paraguay firmaron un convenio de cooperación cultural. El convenio comenzará a regir 30 días después de que ambos gobiernos se notifiquen que lo han ratificado.",
  ],
  [
    "fr",
    "Le Bénin et le Niger ont signé un accord de coopération culturelle. L'accord entrera en vigueur un mois après que les deux parties se seront notifié qu'elles l'ont ratifié.",
  ],
  [
    "it",
    "Albania e Montenegro hanno firmato un accordo di cooperazione culturale. L'accordo entrerà in vigore trenta giorni dopo che le parti si saranno comunicate di averlo ratificato.",
  ],
  [
    "pt",
    "Angola e Zâmbia assinaram um acordo de cooperação cultural. O acordo entrará em vigor trinta dias após as partes comunicarem que o ratificaram.",
  ],
  [
    "en",
    "Fiji and Samoa signed a cultural cooperation agreement. The deal will become effective thirty days after the two parliaments have ratified it.",
  ],
];

const DONE: readonly (readonly [string, string])[] = [
  // The "after" clause has a day of its own: the ratification is done.
  [
    "es",
    "Bolivia y Paraguay firmaron un convenio de cooperación cultural. Los ministros se reunirán de nuevo después de que el Senado ratificó el convenio el lunes.",
  ],
  [
    "en",
    "Fiji and Samoa signed a cultural cooperation agreement. The two foreign ministers will meet again in Suva next month after the parliament of Fiji ratified the agreement on Monday.",
  ],
];

describe("a step in a clause of 'after' that a future governs", () => {
  it.for(AHEAD)("%s: still ahead (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
  it.for(DONE)("%s: dated, done (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["ratified agreement"]);
  });
});
