import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. The foreign ministers of a union's members meet at its seat; two members
// are named together for the position they took. A meeting within an organisation gives no pair of countries.
const pairsOf = (text: string) => pairKeysOf(text, "2026-05-12");

const MEMBERS: readonly (readonly [string, string])[] = [
  [
    "en",
    "The foreign ministers of the European Union met in Brussels on Monday to discuss a new package of sanctions. Hungary and Slovakia opposed the package, while Poland asked for tougher measures. The ministers will meet again next month.",
  ],
  [
    "fr",
    "Les ministres des Affaires étrangères de l'Union européenne se sont réunis lundi à Bruxelles pour examiner un nouveau train de sanctions. La Hongrie et la Slovaquie s'y sont opposées, tandis que la Pologne a demandé des mesures plus sévères. Les ministres se retrouveront le mois prochain.",
  ],
  [
    "it",
    "I ministri degli Esteri dell'Unione europea si sono riuniti lunedì a Bruxelles per discutere un nuovo pacchetto di sanzioni. L'Ungheria e la Slovacchia si sono opposte, mentre la Polonia ha chiesto misure più severe. I ministri si riuniranno di nuovo il mese prossimo.",
  ],
  [
    "es",
    "Los ministros de Asuntos Exteriores de la Unión Europea se reunieron el lunes en Bruselas para debatir un nuevo paquete de sanciones. Hungría y Eslovaquia se opusieron, mientras que Polonia pidió medidas más duras. Los ministros volverán a reunirse el mes próximo.",
  ],
  [
    "pt",
    "Os ministros dos Negócios Estrangeiros da União Europeia reuniram-se na segunda-feira em Bruxelas para debater um novo pacote de sanções. A Hungria e a Eslováquia opuseram-se, enquanto a Polónia pediu medidas mais duras. Os ministros voltarão a reunir-se no próximo mês.",
  ],
  [
    "de",
    "Die Außenminister der Europäischen Union sind am Montag in Brüssel zusammengekommen, um über ein neues Sanktionspaket zu beraten. Ungarn und die Slowakei lehnten das Paket ab, während Polen härtere Maßnahmen forderte. Die Minister treffen sich im nächsten Monat erneut.",
  ],
  [
    "ru",
    "Министры иностранных дел Европейского союза собрались в понедельник в Брюсселе, чтобы обсудить новый пакет санкций. Венгрия и Словакия выступили против, а Польша потребовала более жестких мер. Министры вновь встретятся в следующем месяце.",
  ],
  [
    "ar",
    "اجتمع وزراء خارجية الاتحاد الأوروبي يوم الاثنين في بروكسل لبحث حزمة جديدة من العقوبات. وعارضت المجر وسلوفاكيا الحزمة، في حين طالبت بولندا بإجراءات أشد. وسيجتمع الوزراء مجددا الشهر المقبل.",
  ],
];

describe("a meeting of an organisation's members' ministers gives no pair", () => {
  it.for(MEMBERS)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
