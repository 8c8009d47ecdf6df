/**
 * A count told after a smaller one whose instruments its own sentence names (sentences written for this project,
 * FICTIONAL): "signed two documents: a treaty on the border and a treaty of friendship", then "in all, twelve
 * documents were signed", are twelve instruments, the two treaties and ten unnamed. Before, the first count kept
 * its form's place and the larger batch was lost.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const FIRM = new Set(["signed", "ratified", "in_force"]);

/** How many signed instruments a report gives in all. */
function total(lang: string, text: string): number {
  return commitmentsOf(lang, text)
    .filter((c) => FIRM.has(c.status))
    .reduce((n, c) => n + (c.instruments ?? 1), 0);
}

/** Two documents named one by one, then twelve in all: twelve. */
const TWELVE: readonly string[] = [
  "en Ghana and Kenya signed two documents in Accra on Monday: a treaty on the border and a treaty of friendship. In all, twelve documents were signed during the visit.",
  "fr Le Sénégal et le Ghana ont signé lundi à Dakar deux documents : un traité sur la frontière et un traité d'amitié. Au total, douze documents ont été signés pendant la visite.",
  "es Perú y Chile firmaron el lunes en Lima dos documentos: un tratado sobre la frontera y un tratado de amistad. En total, se firmaron doce documentos durante la visita.",
  "it Italia e Tunisia hanno firmato lunedì a Tunisi due documenti: un trattato sul confine e un trattato di amicizia. In tutto, durante la visita sono stati firmati dodici documenti.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda dois documentos: um tratado sobre a fronteira e um tratado de amizade. No total, foram assinados 12 documentos durante a visita.",
  "de Ghana und Kenia unterzeichneten am Montag in Accra zwei Dokumente: einen Vertrag über die Grenze und einen Freundschaftsvertrag. Insgesamt wurden während des Besuchs zwölf Dokumente unterzeichnet.",
  "ru Армения и Казахстан подписали в понедельник в Астане два документа: договор о границе и договор о дружбе. Всего в ходе визита было подписано двенадцать документов.",
  "ar وقعت مصر والأردن يوم الاثنين في عمّان وثيقتين: معاهدة بشأن الحدود ومعاهدة صداقة. وفي المجموع، تم توقيع 12 وثيقة خلال الزيارة.",
];
/** A smaller count that names none of its instruments may be the batch told again: the first count stays. */
const SAME: readonly string[] = [
  "en Ghana and Kenya signed two agreements in Accra on Monday. The ministers said that three agreements would follow in May.",
];

describe("a larger count after a smaller one whose instruments are named", () => {
  it.for(TWELVE)("%s → 12 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(12);
  });
  it.for(SAME)("%s → 2 signed", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(2);
  });
});
