import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// FICTIONAL texts written for this test. A definite form told again with the place of the signing after it ("signed
// the agreement in the Chancellery", "unterzeichneten die Vereinbarung im Kanzleramt") restates the instrument just
// named: a place is no field of its own, as "in the field of energy" would be.
const VENUE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Chile and Kenya signed a fisheries agreement in Nairobi on Monday. The ministers signed the agreement in the State House.",
  ],
  [
    "fr",
    "Le Chili et le Kenya ont signé lundi à Nairobi un accord sur la pêche. Les ministres ont signé l'accord dans la salle des traités.",
  ],
  [
    "es",
    "Chile y Kenia firmaron el lunes en Nairobi un acuerdo de pesca. Los ministros firmaron el acuerdo en la sala de los tratados.",
  ],
  [
    "it",
    "Cile e Kenya hanno firmato lunedì a Nairobi un accordo sulla pesca. I ministri hanno firmato l'accordo nella sala dei trattati.",
  ],
  [
    "pt",
    "O Chile e o Quénia assinaram na segunda-feira em Nairobi um acordo de pesca. Os ministros assinaram o acordo na sala dos tratados.",
  ],
  [
    "de",
    "Chile und Kenia haben am Montag in Nairobi ein Abkommen über Fischerei unterzeichnet. Die Minister unterzeichneten das Abkommen im Präsidentenpalast.",
  ],
];

describe("a definite form told again with the place of its signing restates the instrument", () => {
  it.for(VENUE)("%s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});
