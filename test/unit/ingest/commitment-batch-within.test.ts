/**
 * A count of instruments bounds what the report gives for that signing (sentences written for this project,
 * FICTIONAL): "ten agreements" in the lead, then two memoranda and a joint statement told in later sentences, are
 * ten in all, the memoranda and the statement among them; never twelve or thirteen. The same for "eight documents",
 * and for a count told again as the head of its list ("The four memoranda signed are as follows: …"), whose items
 * of other forms are among its four.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

/** Each report with the instruments it gives in all. */
const CASES: Readonly<Record<string, number>> = {
  // Ten signed in the lead, then a counted batch of another form and a single named instrument: ten in all.
  "en Kenya and Ghana signed ten agreements in Nairobi on Monday. The foreign ministers signed two memoranda of understanding. The presidents also signed a joint statement on security.": 10,
  "fr Le Bénin et le Ghana ont signé dix accords lundi à Cotonou. Les ministres des affaires étrangères ont signé deux mémorandums d'entente. Les présidents ont aussi signé une déclaration commune sur la sécurité.": 10,
  "it Italia e Tunisia hanno firmato dieci accordi lunedì a Roma. I ministri degli esteri hanno firmato due memorandum d'intesa. I presidenti hanno anche firmato una dichiarazione congiunta sulla sicurezza.": 10,
  "es Perú y Bolivia firmaron diez acuerdos el lunes en Lima. Los cancilleres firmaron dos memorandos de entendimiento. Los presidentes también firmaron una declaración conjunta sobre seguridad.": 10,
  "pt Angola e Namíbia assinaram dez acordos na segunda-feira em Luanda. Os ministros das Relações Exteriores assinaram dois memorandos de entendimento. Os presidentes também assinaram uma declaração conjunta sobre segurança.": 10,
  "de Deutschland und Ghana unterzeichneten am Montag in Accra zehn Abkommen. Die Außenminister unterzeichneten zwei Absichtserklärungen. Die Präsidenten unterzeichneten außerdem eine gemeinsame Erklärung zur Sicherheit.": 10,
  "ru Армения и Казахстан подписали в понедельник в Астане десять соглашений. Министры иностранных дел подписали два меморандума о взаимопонимании. Президенты также подписали совместное заявление о безопасности.": 10,
  "ar وقعت مصر والأردن يوم الاثنين في عمان عشر اتفاقيات. ووقع وزيرا الخارجية مذكرتي تفاهم. كما وقع الرئيسان بيانا مشتركا حول الأمن.": 10,
  // Eight documents of no form, then two memoranda and one agreement on a field: eight in all.
  "en Kenya and Ghana signed eight documents in Nairobi on Monday. The ministers signed two memoranda of understanding. An agreement on fisheries was also signed.": 8,
  "fr Le Bénin et le Ghana ont signé huit documents lundi à Cotonou. Les ministres ont signé deux mémorandums d'entente. Un accord sur la pêche a aussi été signé.": 8,
  "es Perú y Bolivia firmaron ocho documentos el lunes en Lima. Los ministros firmaron dos memorandos de entendimiento. También se firmó un acuerdo sobre pesca.": 8,
  "ru Армения и Казахстан подписали в понедельник в Астане восемь документов. Министры подписали два меморандума о взаимопонимании. Также было подписано соглашение о рыболовстве.": 8,
  // Two batches of two forms in one sentence are two batches: five agreements and three memoranda are eight.
  "en Kenya and Ghana signed five agreements and three memoranda of understanding in Nairobi on Monday.": 8,
  "fr Le Bénin et le Ghana ont signé cinq accords et trois mémorandums d'entente lundi à Cotonou.": 8,
  // A count told again as the head of its list ("are as follows:"): the list's agreements are among its four.
  "en Kenya and Ghana signed four memoranda of understanding in Nairobi on Monday. The four memoranda signed are as follows: cooperation in health; an agreement on fisheries; an agreement on tourism; cooperation in sport.": 4,
  "fr Le Bénin et le Ghana ont signé quatre mémorandums d'entente lundi à Cotonou. Les quatre mémorandums signés sont les suivants : coopération en matière de santé ; un accord sur la pêche ; un accord sur le tourisme ; coopération dans le sport.": 4,
  "it Italia e Tunisia hanno firmato quattro memorandum d'intesa lunedì a Roma. I quattro memorandum firmati sono i seguenti: cooperazione sanitaria; un accordo sulla pesca; un accordo sul turismo; cooperazione nello sport.": 4,
  "es Perú y Bolivia firmaron cuatro memorandos de entendimiento el lunes en Lima. Los cuatro memorandos firmados son los siguientes: cooperación en salud; un acuerdo sobre pesca; un acuerdo sobre turismo; cooperación en deporte.": 4,
  "pt Angola e Namíbia assinaram quatro memorandos de entendimento na segunda-feira em Luanda. Os quatro memorandos assinados são os seguintes: cooperação na saúde; um acordo sobre pescas; um acordo sobre turismo; cooperação no desporto.": 4,
  "de Deutschland und Ghana unterzeichneten am Montag in Accra vier Absichtserklärungen. Unterzeichnet wurden folgende vier Absichtserklärungen: Zusammenarbeit im Gesundheitswesen; ein Abkommen über Fischerei; ein Abkommen über Tourismus; Zusammenarbeit im Sport.": 4,
  "ru Армения и Казахстан подписали в понедельник в Астане четыре меморандума. Подписаны следующие четыре меморандума: сотрудничество в здравоохранении; соглашение о рыболовстве; соглашение о туризме; сотрудничество в спорте.": 4,
};

describe("a count bounds the instruments of its signing", () => {
  it.for(Object.entries(CASES))("%s → %i", ([line, wanted], { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(wanted);
  });
});
