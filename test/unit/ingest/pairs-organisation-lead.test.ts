import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A state and an organisation sign a memorandum at the organisation's seat;
// the visiting minister also meets the seat country's deputy prime minister. The lead joins the state with the
// organisation ("Mongolia and the African Union"): the report is on that relation, and the seat country, met on
// the side, makes no pair with the state.
const pairsOf = (text: string) => pairKeysOf(text, "2026-02-10");

const WITH_ORGANISATION: readonly (readonly [string, string])[] = [
  [
    "en",
    "Mongolia and the African Union signed a memorandum of understanding on peace and security on Monday at the Union's headquarters in Addis Ababa. The Mongolian foreign minister and the Union's commissioner signed the text after two hours of talks. The minister later met the deputy prime minister of Ethiopia, who welcomed the visit.",
  ],
  [
    "fr",
    "La Mongolie et l'Union africaine ont signé lundi un mémorandum d'entente sur la paix et la sécurité au siège de l'Union à Addis-Abeba. Le ministre mongol des Affaires étrangères et le commissaire de l'Union ont signé le texte après deux heures d'entretiens. Le ministre a ensuite rencontré le vice-Premier ministre de l'Éthiopie, qui a salué la visite.",
  ],
  [
    "it",
    "La Mongolia e l'Unione africana hanno firmato lunedì un memorandum d'intesa su pace e sicurezza presso la sede dell'Unione ad Addis Abeba. Il ministro degli Esteri mongolo e il commissario dell'Unione hanno firmato il testo dopo due ore di colloqui. Il ministro ha poi incontrato il vicepremier dell'Etiopia, che ha accolto con favore la visita.",
  ],
  [
    "es",
    "Mongolia y la Unión Africana firmaron el lunes un memorando de entendimiento sobre paz y seguridad en la sede de la Unión en Adís Abeba. El canciller mongol y el comisario de la Unión firmaron el texto tras dos horas de conversaciones. El ministro se reunió después con el viceprimer ministro de Etiopía, que celebró la visita.",
  ],
  [
    "pt",
    "A Mongólia e a União Africana assinaram na segunda-feira um memorando de entendimento sobre paz e segurança na sede da União em Adis Abeba. O chanceler mongol e o comissário da União assinaram o texto após duas horas de conversações. O ministro reuniu-se depois com o vice-primeiro-ministro da Etiópia, que saudou a visita.",
  ],
  [
    "de",
    "Die Mongolei und die Afrikanische Union haben am Montag am Sitz der Union in Addis Abeba eine Absichtserklärung über Frieden und Sicherheit unterzeichnet. Der mongolische Außenminister und der Kommissar der Union unterzeichneten den Text nach zweistündigen Gesprächen. Der Minister traf anschließend den stellvertretenden Ministerpräsidenten Äthiopiens, der den Besuch begrüßte.",
  ],
  [
    "ru",
    "Монголия и Африканский союз подписали в понедельник меморандум о взаимопонимании в области мира и безопасности в штаб-квартире союза в Аддис-Абебе. Министр иностранных дел Монголии и комиссар союза подписали текст после двухчасовых переговоров. Затем министр встретился с вице-премьером Эфиопии, который приветствовал визит.",
  ],
  [
    "ar",
    "وقعت منغوليا والاتحاد الأفريقي يوم الاثنين مذكرة تفاهم بشأن السلام والأمن في مقر الاتحاد في أديس أبابا. ووقع وزير الخارجية المنغولي ومفوض الاتحاد النص بعد ساعتين من المحادثات. والتقى الوزير بعد ذلك نائب رئيس وزراء إثيوبيا الذي رحب بالزيارة.",
  ],
];

describe("a lead joining a state with an organisation is no pair with a country met on the side", () => {
  it.for(WITH_ORGANISATION)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
