import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A site of one country relays another country's state agency: the item
// names its own minister by office alone ("The Minister of Foreign Affairs met…"), as its home agency would, and
// ends on a source line naming that agency. The unqualified office is the source's country, not the relaying
// site's (the URL's country-code domain), so the pair is the source's country with the one named.
const pairsOf = (text: string, url: string) => pairKeysOf(text, "2026-03-10", url);

const RELAYED: readonly (readonly [string, string, string, string])[] = [
  [
    "en",
    "The Minister of Foreign Affairs met with the Minister of Foreign Affairs of Mongolia at the United Nations in New York. The two ministers signed a memorandum on political consultations between their ministries.\n\nSource: Bahrain News Agency",
    "https://relay.example.qa/government/item",
    "BH-MN",
  ],
  [
    "fr",
    "Le ministre des Affaires étrangères a reçu son homologue de la Mongolie à New York. Les deux ministres ont signé un mémorandum sur les consultations politiques entre leurs ministères.\n\nSource : Agence de presse sénégalaise",
    "https://relais.example.ma/politique/article",
    "MN-SN",
  ],
  [
    "es",
    "El canciller se reunió en Nueva York con su homólogo de Mongolia. Ambos ministros firmaron un memorando sobre consultas políticas entre sus cancillerías.\n\nFuente: Agencia Peruana de Noticias",
    "https://portal.example.cl/noticias/nota",
    "MN-PE",
  ],
  [
    "pt",
    "O ministro dos Negócios Estrangeiros reuniu-se em Nova Iorque com o seu homólogo da Mongólia. Os dois ministros assinaram um memorando sobre consultas políticas entre os seus ministérios.\n\nFonte: Agência Angolana de Notícias",
    "https://portal.example.pt/noticias/artigo",
    "AO-MN",
  ],
  [
    "de",
    "Der Außenminister traf in New York seinen Amtskollegen aus der Mongolei. Die beiden Minister unterzeichneten ein Memorandum über politische Konsultationen zwischen ihren Ministerien.\n\nQuelle: Österreichische Presseagentur",
    "https://portal.example.ch/news/artikel",
    "AT-MN",
  ],
  [
    "ru",
    "Министр иностранных дел встретился в Нью-Йорке с министром иностранных дел Монголии. Оба министра подписали меморандум о политических консультациях с монгольской стороной.\n\nИсточник: Казахстанское информационное агентство",
    "https://portal.example.kg/news/item",
    "KZ-MN",
  ],
  [
    "ar",
    "التقى وزير الخارجية في نيويورك وزير خارجية منغوليا، ووقع الوزيران مذكرة تفاهم بشأن المشاورات السياسية بين وزارتي خارجية البلدين.\n\nالمصدر: وكالة الأنباء العمانية",
    "https://portal.example.qa/news/item",
    "MN-OM",
  ],
];

describe("a relayed item's source line names its home", () => {
  it.for(RELAYED)("%s: %s → %s", async ([, text, url, pair], { expect }) => {
    expect(await pairsOf(text, url)).toEqual([pair]);
  });
});
