import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A head of government receives the head of an international organisation
// (its secretary-general, its president); later sentences name the country with another one in passing ("the
// country and its neighbour are developing their cooperation within the organisation"). The report is on the
// country and the organisation, so no pair of countries comes from it.
const pairsOf = (text: string) => pairKeysOf(text, "2026-05-12");

const HEADS: readonly (readonly [string, string])[] = [
  [
    "en",
    "The Prime Minister of Mongolia received the Secretary-General of the Shanghai Cooperation Organisation in Ulaanbaatar on Tuesday. They discussed the preparations for the organisation's next summit. The Prime Minister said that Mongolia and Kazakhstan were developing their cooperation within the organisation.",
  ],
  [
    "fr",
    "Le Premier ministre de la Mongolie a reçu mardi à Oulan-Bator le secrétaire général de l'Organisation de coopération de Shanghai. Ils ont évoqué la préparation du prochain sommet de l'organisation. Le Premier ministre a indiqué que la Mongolie et le Kazakhstan développaient leur coopération au sein de l'organisation.",
  ],
  [
    "it",
    "Il primo ministro della Mongolia ha ricevuto martedì a Ulan Bator il segretario generale dell'Organizzazione per la cooperazione di Shanghai. Hanno discusso i preparativi del prossimo vertice dell'organizzazione. Il primo ministro ha detto che la Mongolia e il Kazakhstan sviluppano la loro cooperazione in seno all'organizzazione.",
  ],
  [
    "es",
    "El primer ministro de Mongolia recibió el martes en Ulán Bator al secretario general de la Organización de Cooperación de Shanghái. Ambos abordaron los preparativos de la próxima cumbre de la organización. El primer ministro dijo que Mongolia y Kazajistán desarrollan su cooperación en el seno de la organización.",
  ],
  [
    "pt",
    "O primeiro-ministro da Mongólia recebeu na terça-feira em Ulan Bator o secretário-geral da Organização de Cooperação de Xangai. Ambos abordaram os preparativos da próxima cúpula da organização. O primeiro-ministro disse que a Mongólia e o Cazaquistão desenvolvem a sua cooperação no seio da organização.",
  ],
  [
    "de",
    "Der Ministerpräsident der Mongolei hat am Dienstag in Ulan-Bator den Generalsekretär der Schanghaier Organisation für Zusammenarbeit empfangen. Sie sprachen über die Vorbereitung des nächsten Gipfeltreffens der Organisation. Der Ministerpräsident sagte, die Mongolei und Kasachstan bauten ihre Zusammenarbeit innerhalb der Organisation aus.",
  ],
  [
    "ru",
    "Премьер-министр Монголии принял во вторник в Улан-Баторе генерального секретаря ШОС. Стороны обсудили подготовку к очередному саммиту организации. Премьер-министр отметил, что Монголия и Казахстан развивают сотрудничество в рамках организации.",
  ],
  [
    "ar",
    "استقبل رئيس وزراء منغوليا يوم الثلاثاء في أولان باتور الأمين العام لمنظمة شنغهاي للتعاون. وبحث الجانبان التحضيرات للقمة المقبلة للمنظمة. وقال رئيس الوزراء إن منغوليا وكازاخستان تطوران تعاونهما في إطار المنظمة.",
  ],
];

describe("a lead meeting with the head of an organisation gives no pair of countries", () => {
  it.for(HEADS)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
