/**
 * A count told as more after a smaller one whose instruments its own sentence names (sentences written for this
 * project, FICTIONAL): "signed two documents: a treaty on the border and a treaty of friendship", then "In addition,
 * twelve documents were signed by the ministries", are fourteen instruments, the two treaties and twelve unnamed.
 * Before, the first count kept its form's place and the larger batch was lost. A larger count told as the
 * relationship's total ("In total, the two countries have signed 40 agreements") adds nothing.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

/** How many signed instruments a report gives in all. */
const total = (lang: string, text: string) => firmInstruments(lang, text, "2026-03-04");

/** Two documents named one by one, then twelve more: fourteen. */
const FOURTEEN: readonly string[] = [
  "en Ghana and Kenya signed two documents in Accra on Monday: a treaty on the border and a treaty of friendship. In addition, twelve documents were signed by the ministries of the two countries.",
  "fr Le Sénégal et le Ghana ont signé lundi à Dakar deux documents : un traité sur la frontière et un traité d'amitié. En outre, douze documents ont été signés par les ministères des deux pays.",
  "es Perú y Chile firmaron el lunes en Lima dos documentos: un tratado sobre la frontera y un tratado de amistad. Además, se firmaron doce documentos entre los ministerios de los dos países.",
  "it Italia e Tunisia hanno firmato lunedì a Tunisi due documenti: un trattato sul confine e un trattato di amicizia. Inoltre, i ministeri dei due Paesi hanno firmato dodici documenti.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda dois documentos: um tratado sobre a fronteira e um tratado de amizade. Além disso, foram assinados 12 documentos pelos ministérios dos dois países.",
  "de Ghana und Kenia unterzeichneten am Montag in Accra zwei Dokumente: einen Vertrag über die Grenze und einen Freundschaftsvertrag. Außerdem unterzeichneten die Ministerien beider Länder zwölf Dokumente.",
  "ru Армения и Казахстан подписали в понедельник в Астане два документа: договор о границе и договор о дружбе. Кроме того, министерства двух стран подписали двенадцать документов.",
];
/** A larger count that tells the relationship's total, not more of the happening: the two named. */
const TOTAL: readonly string[] = [
  "en The ministers signed two agreements: the fisheries agreement and the air services agreement. In total, the two countries have signed 40 agreements.",
  "ru Министры подписали два соглашения: соглашение о рыболовстве и соглашение о воздушном сообщении. Всего между странами подписано 40 соглашений.",
  "de Die Minister unterzeichneten zwei Abkommen: das Fischereiabkommen und das Luftverkehrsabkommen. Insgesamt haben beide Länder bereits 40 Abkommen unterzeichnet.",
];

/** Two agreements named, then six others: eight. */
const OTHERS: readonly string[] = [
  "en Kenya and Uganda signed two agreements, one on trade and one on roads. Another six agreements were signed on Tuesday.",
  "fr Le Kenya et l'Ouganda ont signé deux accords, l'un sur le commerce et l'autre sur les routes. Six autres accords ont été signés mardi.",
  "es Kenia y Uganda firmaron dos acuerdos, uno sobre comercio y otro sobre carreteras. Otros seis acuerdos se firmaron el martes.",
  "it Kenya e Uganda hanno firmato due accordi, uno sul commercio e uno sulle strade. Altri sei accordi sono stati firmati martedì.",
  "pt O Quénia e o Uganda assinaram dois acordos, um sobre comércio e outro sobre estradas. Outros seis acordos foram assinados na terça-feira.",
  "de Kenia und Uganda unterzeichneten zwei Abkommen, eines über Handel und eines über Straßen. Weitere sechs Abkommen wurden am Dienstag unterzeichnet.",
];

describe("a count told as more after a smaller one whose instruments are named", () => {
  it.for(OTHERS)("%s → 8 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(8);
  });
  it.for(FOURTEEN)("%s → 14 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(14);
  });
  it.for(TOTAL)("%s → 2 signed", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(2);
  });
});
