import { describe } from "vitest";
import { allOnEach, eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("'the following day' is the day after the date told just before it", () => {
  // Published on Thursday 12 March 2026: talks on the 8th, the signing on the 9th.
  allOnEach(
    [
      [
        "en",
        "The ministers of Ghana and Kenya held talks in Accra on 8 March 2026. The following day, they signed an agreement on trade.",
      ],
      [
        "fr",
        "Les ministres du Ghana et du Kenya se sont entretenus à Accra le 8 mars 2026. Le lendemain, ils ont signé un accord sur le commerce.",
      ],
      [
        "it",
        "I ministri del Ghana e del Kenya hanno avuto colloqui ad Accra l'8 marzo 2026. Il giorno dopo hanno firmato un accordo sul commercio.",
      ],
      [
        "es",
        "Los ministros de Ghana y Kenia conversaron en Accra el 8 de marzo de 2026. Al día siguiente firmaron un acuerdo sobre comercio.",
      ],
      [
        "pt",
        "Os ministros do Gana e do Quénia conversaram em Acra em 8 de março de 2026. No dia seguinte, assinaram um acordo sobre comércio.",
      ],
      [
        "de",
        "Die Minister Ghanas und Kenias führten am 8. März 2026 in Accra Gespräche. Am Tag darauf unterzeichneten sie ein Abkommen über den Handel.",
      ],
      [
        "ru",
        "Министры Ганы и Кении провели переговоры в Аккре 8 марта 2026 года. На следующий день они подписали соглашение о торговле.",
      ],
      ["ar", "أجرى وزيرا غانا وكينيا محادثات في أكرا يوم 8 مارس 2026. وفي اليوم التالي وقع الوزيران اتفاقية للتجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-09",
  );
});

describe("a day 'of the current month' ('le 22 courant', 'يوم 22 الجاري') is that day of the report's month", () => {
  // Published on Thursday 24 March 2026: the 22nd is 22 March.
  allOnEach(
    [
      ["en", "Ghana and Kenya signed an agreement on trade in Accra on the 22nd of this month."],
      ["fr", "Le Ghana et le Kenya ont signé le 22 courant à Accra un accord sur le commerce."],
      ["it", "Il Ghana e il Kenya hanno firmato il 22 corrente ad Accra un accordo sul commercio."],
      ["es", "Ghana y Kenia firmaron el 22 del corriente en Accra un acuerdo sobre comercio."],
      ["pt", "O Gana e o Quénia assinaram no dia 22 do corrente em Acra um acordo sobre comércio."],
      ["de", "Ghana und Kenia unterzeichneten am 22. dieses Monats in Accra ein Abkommen über den Handel."],
      ["ru", "Гана и Кения 22-го числа текущего месяца подписали в Аккре соглашение о торговле."],
      ["ar", "وقعت غانا وكينيا يوم 22 الجاري في أكرا اتفاقية للتجارة."],
    ],
    "2026-03-24T10:00:00Z",
    "2026-03-22",
  );
});

describe("'the following day' inside a visit's days dates what its own clause tells: the signing", () => {
  // No publication date: the visit ran on 8 and 9 March 2026; the dinner was on the 8th, the signing the next day.
  eventOnEach(
    [
      [
        "en",
        "The foreign ministers of Ghana and Kenya met in Accra on 8 and 9 March 2026 for their joint commission.\n\nAfter a dinner on 8 March 2026 hosted by the Ghanaian minister, the two ministers chaired the following day the session of the commission and signed a joint declaration.",
      ],
      [
        "fr",
        "Les ministres des affaires étrangères du Ghana et du Kenya se sont réunis à Accra les 8 et 9 mars 2026 pour leur commission mixte.\n\nAprès un dîner offert le 8 mars 2026 par le ministre ghanéen, les deux ministres ont présidé le lendemain la session de la commission et ont signé une déclaration commune.",
      ],
      [
        "de",
        "Die Außenminister Ghanas und Kenias trafen sich am 8. und 9. März 2026 in Accra zu ihrer gemeinsamen Kommission.\n\nNachdem der ghanaische Minister seinen Amtskollegen am 8. März 2026 zu einem Abendessen empfing, leiteten beide am Tag darauf die Sitzung der Kommission und unterzeichnen eine gemeinsame Erklärung.",
      ],
    ],
    undefined,
    "2026-03-09",
    (a, expect) => expect(a.commitments.map((c) => c.signedOn)).toContain("2026-03-09"),
  );
});
