/**
 * A count of instruments above those a report names keeps the unnamed rest, however many are named (sentences
 * written for this project, FICTIONAL): "ten agreements" of which six are named one by one are ten instruments, six
 * of them known by their field and four by the count alone. A count that the named instruments meet is theirs.
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

/** Ten agreements signed, six named: ten in all. */
const TEN: readonly string[] = [
  "en Ghana and Kenya signed ten agreements in Accra on Monday. Among them are an agreement on fisheries, a memorandum on tourism, a protocol on customs, an agreement on road transport, a memorandum on health and an agreement on sport.",
  "fr Le Sénégal et le Ghana ont signé dix accords lundi à Dakar. Parmi eux figurent un accord sur la pêche, un mémorandum sur le tourisme, un protocole sur les douanes, un accord sur le transport routier, un mémorandum sur la santé et un accord sur le sport.",
  "es Perú y Chile firmaron diez acuerdos el lunes en Lima. Entre ellos figuran un acuerdo sobre pesca, un memorando sobre turismo, un protocolo sobre aduanas, un acuerdo sobre transporte por carretera, un memorando sobre salud y un acuerdo sobre deporte.",
  "it Italia e Tunisia hanno firmato dieci accordi lunedì a Tunisi. Tra questi figurano un accordo sulla pesca, un memorandum sul turismo, un protocollo sulle dogane, un accordo sul trasporto stradale, un memorandum sulla sanità e un accordo sullo sport.",
  "pt Angola e Namíbia assinaram dez acordos na segunda-feira em Luanda. Entre eles estão um acordo sobre pescas, um memorando sobre turismo, um protocolo sobre alfândegas, um acordo sobre transporte rodoviário, um memorando sobre saúde e um acordo sobre desporto.",
  "de Ghana und Kenia unterzeichneten am Montag in Accra zehn Abkommen. Darunter sind ein Abkommen über Fischerei, ein Memorandum über Tourismus, ein Protokoll über Zoll, ein Abkommen über Straßenverkehr, ein Memorandum über Gesundheit und ein Abkommen über Sport.",
  "ru Армения и Казахстан подписали в понедельник в Астане десять соглашений. Среди них соглашение о рыболовстве, меморандум о туризме, протокол о таможне, соглашение об автомобильном транспорте, меморандум о здравоохранении и соглашение о спорте.",
  "ar وقعت مصر والأردن يوم الاثنين في عمّان عشر اتفاقيات. ومن بينها اتفاقية في مجال الصيد البحري ومذكرة تفاهم في مجال السياحة وبروتوكول في مجال الجمارك واتفاقية في مجال النقل البري ومذكرة تفاهم في مجال الصحة واتفاقية في مجال الرياضة.",
];
/** Ten agreements signed, six of them named in a sentence of their own with its own verb: ten in all. */
const TEN_TOLD: readonly string[] = [
  "en Ghana and Kenya signed ten agreements in Accra on Monday. The ministers signed an agreement on fisheries, a memorandum on tourism, a protocol on customs, an agreement on road transport, a memorandum on health and an agreement on sport.",
  "en Ghana and Kenya signed ten agreements in Accra on Monday. They include an agreement on fisheries, a memorandum on tourism, a protocol on customs, an agreement on road transport, a memorandum on health and an agreement on sport.",
  "fr Le Sénégal et le Ghana ont signé dix accords lundi à Dakar. Les ministres ont signé un accord sur la pêche, un mémorandum sur le tourisme, un protocole sur les douanes, un accord sur le transport routier, un mémorandum sur la santé et un accord sur le sport.",
  "es Perú y Chile firmaron diez acuerdos el lunes en Lima. Los ministros firmaron un acuerdo sobre pesca, un memorando sobre turismo, un protocolo sobre aduanas, un acuerdo sobre transporte por carretera, un memorando sobre salud y un acuerdo sobre deporte.",
  "it Italia e Tunisia hanno firmato dieci accordi lunedì a Tunisi. I ministri hanno firmato un accordo sulla pesca, un memorandum sul turismo, un protocollo sulle dogane, un accordo sul trasporto stradale, un memorandum sulla sanità e un accordo sullo sport.",
  "pt Angola e Namíbia assinaram dez acordos na segunda-feira em Luanda. Os ministros assinaram um acordo sobre pescas, um memorando sobre turismo, um protocolo sobre alfândegas, um acordo sobre transporte rodoviário, um memorando sobre saúde e um acordo sobre desporto.",
  "de Ghana und Kenia unterzeichneten am Montag in Accra zehn Abkommen. Die Minister unterzeichneten ein Abkommen über Fischerei, ein Memorandum über Tourismus, ein Protokoll über Zoll, ein Abkommen über Straßenverkehr, ein Memorandum über Gesundheit und ein Abkommen über Sport.",
  "ru Армения и Казахстан подписали в понедельник в Астане десять соглашений. Министры подписали соглашение о рыболовстве, меморандум о туризме, протокол о таможне, соглашение об автомобильном транспорте, меморандум о здравоохранении и соглашение о спорте.",
  "ar وقعت مصر والأردن يوم الاثنين في عمّان عشر اتفاقيات. ووقع الوزراء اتفاقية في مجال الصيد البحري ومذكرة تفاهم في مجال السياحة وبروتوكولا في مجال الجمارك واتفاقية في مجال النقل البري ومذكرة تفاهم في مجال الصحة واتفاقية في مجال الرياضة.",
];
/** Seven memoranda signed, five named: seven in all. */
const SEVEN: readonly string[] = [
  "en Ghana and Kenya signed seven memoranda of understanding in Accra on Monday, among them memoranda on fisheries, tourism, customs, health and sport.",
  "fr Le Sénégal et le Ghana ont signé lundi à Dakar sept mémorandums d'entente, dont des mémorandums sur la pêche, le tourisme, les douanes, la santé et le sport.",
  "es Perú y Chile firmaron el lunes en Lima siete memorandos de entendimiento, entre ellos memorandos sobre pesca, turismo, aduanas, salud y deporte.",
];
/** Four agreements signed, all four named: four in all. */
const FOUR: readonly string[] = [
  "en Ghana and Kenya signed four agreements in Accra on Monday: an agreement on fisheries, a memorandum on tourism, a protocol on customs and an agreement on sport.",
  "fr Le Sénégal et le Ghana ont signé quatre accords lundi à Dakar : un accord sur la pêche, un mémorandum sur le tourisme, un protocole sur les douanes et un accord sur le sport.",
];

describe("a count above the instruments named", () => {
  it.for(TEN)("%s → 10 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(10);
  });
  it.for(TEN_TOLD)("%s → 10 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(10);
  });
  it.for(SEVEN)("%s → 7 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(7);
  });
  it.for(FOUR)("%s → 4 in all", (line, { expect }) => {
    expect(total(line.slice(0, 2), line.slice(3))).toBe(4);
  });
});
