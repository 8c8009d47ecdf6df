import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. An enumeration of counted forms ("9 cooperation agreements,
// 3 memoranda of understanding and 2 cooperation protocols") is three batches, each of its own form and count: a
// counted form after a comma is the next item, not an apposition naming the first batch's form. (A qualifier between
// a count and its form in English, "2 cooperation protocols" after another count, and an Arabic complement right
// after the first form, "9 اتفاقيات تعاون و3 مذكرات", still lose an item: a gap of their own, not tested here.)
const ENUMERATIONS: readonly (readonly [string, string])[] = [
  [
    "en",
    "The two countries signed 9 agreements on cooperation, 3 memoranda of understanding and 2 protocols on Tuesday, 3 March 2026, in Amman.",
  ],
  [
    "fr",
    "Les deux pays ont signé mardi 3 mars 2026 à Amman 9 accords de coopération, 3 mémorandums d'entente et 2 protocoles de coopération.",
  ],
  [
    "es",
    "Los dos países firmaron el martes 3 de marzo de 2026 en Amán 9 acuerdos de cooperación, 3 memorandos de entendimiento y 2 protocolos de cooperación.",
  ],
  [
    "it",
    "I due paesi hanno firmato martedì 3 marzo 2026 ad Amman 9 accordi di cooperazione, 3 memorandum d'intesa e 2 protocolli di cooperazione.",
  ],
  [
    "pt",
    "Os dois países assinaram na terça-feira, 3 de março de 2026, em Amã 9 acordos de cooperação, 3 memorandos de entendimento e 2 protocolos de cooperação.",
  ],
  [
    "de",
    "Die beiden Länder unterzeichneten am Dienstag, dem 3. März 2026, in Amman 9 Kooperationsabkommen, 3 Memoranden und 2 Kooperationsprotokolle.",
  ],
  [
    "ru",
    "Стороны подписали во вторник, 3 марта 2026 года, в Аммане 9 соглашений о сотрудничестве, 3 меморандума о взаимопонимании и 2 протокола о сотрудничестве.",
  ],
  ["ar", "وقع البلدان يوم الثلاثاء 3 مارس 2026 في عمان 9 اتفاقيات و3 مذكرات تفاهم وبروتوكولي تعاون."],
];

describe("an enumeration of counted forms is a batch per form", () => {
  it.for(ENUMERATIONS)("%s", ([lang, text], { expect }) => {
    const batches = commitmentsOf(lang, text)
      .filter((c) => c.status === "signed")
      .map((c) => `${c.legalForm ?? "-"} ×${c.instruments ?? 1}`)
      .sort();
    expect(batches).toEqual(["agreement ×2", "agreement ×9", "memorandum ×3"]);
  });
});
