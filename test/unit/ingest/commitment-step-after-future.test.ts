/**
 * A ratification told in a clause of "after" that the future of an entry into force governs is what must come first,
 * still ahead: "the agreement will take effect thirty days after both sides notify each other that they have ratified
 * it" ratifies nothing yet (Spanish was read as ratified before; English, French, Italian and Portuguese were already
 * ahead by the future right before the step). An "after" clause dated to a day of its own tells a step done, and a
 * signing after another future, or in a relative clause, is left as told (FICTIONAL sentences written for this
 * project).
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

// A signing, a step after a future of another kind, or a step in a relative clause: left as told.
const OTHER: readonly (readonly [string, string, readonly string[]])[] = [
  [
    "en",
    "Kenyan President William Ruto will fly home on Friday after a three-day state visit during which Kenya and India signed four agreements.",
    ["signed agreement"],
  ],
  [
    "en",
    "The memorandum between Kenya and Uganda, which will let students work after they graduate, was signed in Nairobi on Monday.",
    ["signed memorandum"],
  ],
];

describe("a step in a clause of 'after' that a future governs", () => {
  it.for(AHEAD)("%s: still ahead (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
  it.for(DONE)("%s: dated, done (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["ratified agreement"]);
  });
  it.for(OTHER)("%s: left as told (%s)", ([lang, text, firm], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(firm);
  });
});
