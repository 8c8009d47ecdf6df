/**
 * A counted batch told again as the head of its list ("The four memoranda signed are as follows: …") holds the
 * instruments of other forms the list names (sentences written for this project, FICTIONAL): four memoranda whose
 * list names two agreements are four instruments in all, never six.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

/** Four signed in the lead, then their list after a colon, two of them agreements: four in all. */
const FOUR: readonly string[] = [
  "en Kenya and Ghana signed four memoranda of understanding in Nairobi on Monday. The four memoranda signed are as follows: cooperation in health; an agreement on fisheries; an agreement on tourism; cooperation in sport.",
  "fr Le Bénin et le Ghana ont signé quatre mémorandums d'entente lundi à Cotonou. Les quatre mémorandums signés sont les suivants : coopération en matière de santé ; un accord sur la pêche ; un accord sur le tourisme ; coopération dans le sport.",
  "it Italia e Tunisia hanno firmato quattro memorandum d'intesa lunedì a Roma. I quattro memorandum firmati sono i seguenti: cooperazione sanitaria; un accordo sulla pesca; un accordo sul turismo; cooperazione nello sport.",
  "es Perú y Bolivia firmaron cuatro memorandos de entendimiento el lunes en Lima. Los cuatro memorandos firmados son los siguientes: cooperación en salud; un acuerdo sobre pesca; un acuerdo sobre turismo; cooperación en deporte.",
  "pt Angola e Namíbia assinaram quatro memorandos de entendimento na segunda-feira em Luanda. Os quatro memorandos assinados são os seguintes: cooperação na saúde; um acordo sobre pescas; um acordo sobre turismo; cooperação no desporto.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra vier Absichtserklärungen. Unterzeichnet wurden folgende vier Absichtserklärungen: Zusammenarbeit im Gesundheitswesen; ein Abkommen über Fischerei; ein Abkommen über Tourismus; Zusammenarbeit im Sport.",
  "ru Армения и Казахстан подписали в понедельник в Астане четыре меморандума. Подписаны следующие четыре меморандума: сотрудничество в здравоохранении; соглашение о рыболовстве; соглашение о туризме; сотрудничество в спорте.",
];

describe("a counted batch heading its list", () => {
  it.for(FOUR)("%s → 4", (line, { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(4);
  });
});
