/**
 * A count of instruments bounds what the report gives for that signing (sentences written for this project,
 * FICTIONAL): "ten agreements" in the lead, then two memoranda and a joint statement told in later sentences, are
 * ten in all, the memoranda and the statement among them; never twelve or thirteen. The same for "eight documents".
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

/** Each report with the instruments it gives in all. */
const CASES: readonly (readonly [string, number])[] = [
  // Ten signed in the lead, then a counted batch of another form and a single named instrument: ten in all.
  [
    "en Kenya and Ghana signed ten agreements in Nairobi on Monday. The foreign ministers signed two memoranda of understanding. The presidents also signed a joint statement on security.",
    10,
  ],
  [
    "fr Le Bénin et le Ghana ont signé dix accords lundi à Cotonou. Les ministres des affaires étrangères ont signé deux mémorandums d'entente. Les présidents ont aussi signé une déclaration commune sur la sécurité.",
    10,
  ],
  [
    "it Italia e Tunisia hanno firmato dieci accordi lunedì a Roma. I ministri degli esteri hanno firmato due memorandum d'intesa. I presidenti hanno anche firmato una dichiarazione congiunta sulla sicurezza.",
    10,
  ],
  [
    "es Perú y Bolivia firmaron diez acuerdos el lunes en Lima. Los cancilleres firmaron dos memorandos de entendimiento. Los presidentes también firmaron una declaración conjunta sobre seguridad.",
    10,
  ],
  [
    "pt Angola e Namíbia assinaram dez acordos na segunda-feira em Luanda. Os ministros das Relações Exteriores assinaram dois memorandos de entendimento. Os presidentes também assinaram uma declaração conjunta sobre segurança.",
    10,
  ],
  [
    "de Deutschland und Ghana unterzeichneten am Montag in Accra zehn Abkommen. Die Außenminister unterzeichneten zwei Absichtserklärungen. Die Präsidenten unterzeichneten außerdem eine gemeinsame Erklärung zur Sicherheit.",
    10,
  ],
  [
    "ru Армения и Казахстан подписали в понедельник в Астане десять соглашений. Министры иностранных дел подписали два меморандума о взаимопонимании. Президенты также подписали совместное заявление о безопасности.",
    10,
  ],
  [
    "ar وقعت مصر والأردن يوم الاثنين في عمان عشر اتفاقيات. ووقع وزيرا الخارجية مذكرتي تفاهم. كما وقع الرئيسان بيانا مشتركا حول الأمن.",
    10,
  ],
  // Eight documents of no form, then two memoranda and one agreement on a field: eight in all.
  [
    "en Kenya and Ghana signed eight documents in Nairobi on Monday. The ministers signed two memoranda of understanding. An agreement on fisheries was also signed.",
    8,
  ],
  [
    "fr Le Bénin et le Ghana ont signé huit documents lundi à Cotonou. Les ministres ont signé deux mémorandums d'entente. Un accord sur la pêche a aussi été signé.",
    8,
  ],
  [
    "es Perú y Bolivia firmaron ocho documentos el lunes en Lima. Los ministros firmaron dos memorandos de entendimiento. También se firmó un acuerdo sobre pesca.",
    8,
  ],
  [
    "ru Армения и Казахстан подписали в понедельник в Астане восемь документов. Министры подписали два меморандума о взаимопонимании. Также было подписано соглашение о рыболовстве.",
    8,
  ],
  // Two batches of two forms in one sentence are two batches: five agreements and three memoranda are eight.
  ["en Kenya and Ghana signed five agreements and three memoranda of understanding in Nairobi on Monday.", 8],
  ["fr Le Bénin et le Ghana ont signé cinq accords et trois mémorandums d'entente lundi à Cotonou.", 8],
];

describe("a count bounds the instruments of its signing", () => {
  it.for(CASES)("%s → %i", ([line, wanted], { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(wanted);
  });
});
