/**
 * A signing named as the purpose of a visit or a meeting is still ahead ("an official visit whose purpose is the
 * signing of a protocol", "una visita il cui scopo è la firma", "زيارة رسمية الغرض منها التوقيع على"), in the eight
 * languages; the purpose of an instrument already signed leaves that signature standing, and so does a purpose a
 * demonstrative points back to ("Zu diesem Zweck setzten … ihre Unterschrift", "С этой целью … подписали") (FICTIONAL sentences written
 * for this project).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const PURPOSE: readonly (readonly [string, string])[] = [
  ["en", "The Bhutanese minister arrived in Dhaka on a visit whose purpose is the signing of a protocol on education."],
  ["fr", "Le ministre béninois est arrivé à Niamey dans le but de la signature d'un protocole sur l'éducation."],
  [
    "fr",
    "Le ministre béninois a entamé une visite à Niamey, le but de cette visite étant la signature d'un protocole sur l'éducation.",
  ],
  [
    "it",
    "Il ministro albanese è giunto a Podgorica per una visita il cui scopo è la firma di un protocollo sull'istruzione.",
  ],
  [
    "es",
    "El ministro boliviano llegó a Asunción en una visita cuyo propósito es la firma de un protocolo sobre educación.",
  ],
  ["es", "El ministro boliviano llegó a Asunción con la finalidad de la firma de un protocolo sobre educación."],
  [
    "pt",
    "O ministro angolano chegou a Lusaca numa visita cuja finalidade é a assinatura de um protocolo sobre educação.",
  ],
  ["de", "Zweck des Besuchs des albanischen Ministers in Tirana ist die Unterzeichnung eines Protokolls über Bildung."],
  [
    "ar",
    "وصل وزير التعليم الأردني إلى مسقط في زيارة رسمية الغرض منها التوقيع على بروتوكول للتعاون في مجال التعليم مع سلطنة عمان.",
  ],
];

// A demonstrative before the goal word points back to an aim told before: the signing is its means, done.
const SIGNED: readonly (readonly [string, string])[] = [
  [
    "de",
    "Zu diesem Zweck setzten die Minister Albaniens und Montenegros in Tirana ihre Unterschrift unter ein Kulturabkommen.",
  ],
  ["ru", "С этой целью министры Армении и Грузии подписали соглашение о культурном сотрудничестве."],
  ["ar", "ولهذا الغرض وقع وزيرا الأردن وعمان اتفاقية للتعاون الثقافي."],
  ["en", "To this purpose, the ministers of Bhutan and Bangladesh signed an agreement on cultural cooperation."],
  ["en", "The purpose of the protocol on education signed on Friday by Bhutan and Bangladesh is to open exchanges."],
  ["es", "El propósito del protocolo sobre educación firmado el viernes por Bolivia y Paraguay es abrir intercambios."],
];

// A finite verb after the purpose tells the step taken for it; so does a signing its sentence says took place.
const TAKEN: readonly (readonly [string, string])[] = [
  [
    "en",
    "With the purpose of boosting bilateral trade the foreign ministers of Vietnam and Chile signed a free trade agreement in Hanoi on Monday.",
  ],
  [
    "es",
    "Con el propósito de impulsar el comercio bilateral los cancilleres de Colombia y Ecuador firmaron el lunes en Quito un memorando de entendimiento.",
  ],
  [
    "de",
    "Zum Zweck der Vertiefung ihrer Zusammenarbeit unterzeichneten die Außenminister Österreichs und Jordaniens am Montag in Amman ein Abkommen.",
  ],
  [
    "en",
    "The purpose of the visit was the signing of a water agreement between Egypt and Jordan, which took place in Amman on Monday.",
  ],
];

const CASES = [
  ...PURPOSE.map(([lang, text]) => ({ lang, text, firm: 0 })),
  ...SIGNED.map(([lang, text]) => ({ lang, text, firm: 1 })),
  ...TAKEN.map(([lang, text]) => ({ lang, text, firm: 1 })),
];

describe("a signing named as a purpose", () => {
  it.for(CASES)("$lang: $firm signed in «$text»", ({ lang, text, firm }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(firm);
  });
});
