import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. The headline says which two countries the report is about ("between X
// and Y", "X and Y sign…", "X's president and Y's prime minister signed…"), while the body is told from a summit
// or a visit abroad: one side is named by its minister only, a third country hosts the gathering, or several
// member states are listed. The headline's pair is the report's pair.
const pairsOf = (title: string, text: string) => pairKeysOf(text, "2026-03-10", undefined, title);

const TITLED: readonly (readonly [string, string, string, string])[] = [
  [
    "ar",
    "توقيع اتفاقية لإنشاء لجنة مشتركة بين مصر وموريشيوس",
    "وقع بدر عبد العاطي وزير الخارجية أمس مع وزير خارجية موريشيوس اتفاقية لإنشاء لجنة مشتركة، على هامش القمة المنعقدة في أديس أبابا بإثيوبيا. وأعرب الوزيران عن تطلعهما لتعزيز العلاقات بين البلدين.",
    "EG-MU",
  ],
  [
    "en",
    "Agreement on a joint commission signed between Egypt and Mauritius",
    "Foreign Minister Badr Abdelatty signed an agreement with the Foreign Minister of Mauritius on Monday to set up a joint commission, on the sidelines of the summit held in Addis Ababa, Ethiopia. The two ministers hoped it would lift relations between the two countries.",
    "EG-MU",
  ],
  [
    "ru",
    "Президент Узбекистана и премьер-министр Словакии подписали декларацию о стратегическом партнерстве",
    "В Братиславе проходит саммит, в котором участвуют Азербайджан, Казахстан, Кыргызская Республика, Турция и Узбекистан, а также страны-наблюдатели. Президент Узбекистана Шавкат Мирзиёев накануне прибыл в столицу Словакии с официальным визитом. По итогам переговоров стороны подписали декларацию.",
    "SK-UZ",
  ],
  [
    "fr",
    "Le président de l'Ouzbékistan et le Premier ministre slovaque signent une déclaration de partenariat",
    "Le sommet de l'Organisation des États turciques se tient à Bratislava, avec l'Azerbaïdjan, le Kazakhstan, la Turquie et l'Ouzbékistan. Le président Chavkat Mirzioïev est arrivé la veille en visite officielle. À l'issue des entretiens, les deux parties ont signé une déclaration.",
    "SK-UZ",
  ],
];

describe("the headline's pair", () => {
  it.for(TITLED)("%s: %s → %s", async ([, title, text, pair], { expect }) => {
    expect(await pairsOf(title, text)).toEqual([pair]);
  });
});
