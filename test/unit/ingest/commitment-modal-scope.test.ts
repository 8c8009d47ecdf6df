import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words (an adversarial review's probes): the words of the rules for waiting,
// time gone by, calls and authorisations, and "in force since" where they must not fire. Each pair is one report
// of Tuesday 10 March 2026, published the next day; the commitments as [status, signedOn, effectiveOn].
const CASES: readonly (readonly [string, string, readonly (readonly [string, string | null, string | null])[]])[] = [
  [
    "en21",
    "Morocco and Senegal pledged to deepen ties and signed an agreement on fisheries on Tuesday in Rabat.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "x01",
    "The agreement calling for joint naval patrols was signed on Tuesday by Morocco and Senegal in Rabat.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu07",
    "The authorized representatives of Morocco and Senegal signed an agreement on fisheries on Tuesday.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu03",
    "The twice postponed summit ended on Tuesday with the signing of an agreement on fisheries between Morocco and Senegal.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu06",
    "O ministro defendeu o acordo assinado na terça-feira entre Marrocos e Senegal, alvo de críticas da oposição.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu11",
    "Il ministro ha chiesto più investimenti e ha firmato martedì con il Senegal un accordo sulla pesca per il Marocco.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu13",
    "El ministro pidió más inversión y firmó el martes con Senegal un acuerdo de pesca para Marruecos.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "fu09",
    "ودعا الرئيس إلى تعزيز التعاون ووقع المغرب والسنغال يوم الثلاثاء اتفاقية للصيد البحري.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el03",
    "Pour la première fois depuis 2015 le Maroc et le Sénégal ont signé mardi un accord de pêche à Rabat.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el04",
    "Por primera vez desde 2015 Marruecos y Senegal firmaron el martes un acuerdo de pesca en Rabat.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el05",
    "Zum ersten Mal seit 2015 unterzeichneten Marokko und Senegal am Dienstag in Rabat ein Fischereiabkommen.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el07",
    "بعد سنوات من المفاوضات وقع المغرب والسنغال يوم الثلاثاء في الرباط اتفاقية للصيد البحري.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el08",
    "لأول مرة منذ عشر سنوات وقع المغرب والسنغال يوم الثلاثاء اتفاقية للصيد البحري في الرباط.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el11",
    "Since signing the agreement on fisheries on Tuesday, Morocco and Senegal have exchanged fishing licences.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "el15",
    "С момента подписания соглашения о рыболовстве во вторник Марокко и Сенегал уже обменялись лицензиями.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "pe03",
    "L'accord signé avant l'été est entré en vigueur mardi, ont annoncé le Maroc et le Sénégal.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "pe04",
    "L'accordo firmato prima della pandemia è entrato in vigore martedì, hanno annunciato Marocco e Senegal.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "pe05",
    "El acuerdo firmado antes del verano entró en vigor el martes, anunciaron Marruecos y Senegal.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "pe08",
    "Соглашение между Марокко и Сенегалом о повышении квот до 50 тысяч тонн вступило в силу во вторник.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "pe09",
    "الاتفاقية بين المغرب والسنغال التي صادق عليها البرلمان قبل شهرين دخلت حيز التنفيذ يوم الثلاثاء.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "pe10",
    "الاتفاقية بين المغرب والسنغال المصادق عليها من قبل البرلمان دخلت حيز التنفيذ يوم الثلاثاء.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "x04",
    "За неделю до саммита вступило в силу соглашение о безвизовом режиме между Марокко и Сенегалом.",
    [["in_force", null, null]],
  ],
  [
    "if02",
    "Das Fischereiabkommen zwischen Marokko und Senegal gilt seit langem als Vorbild. Am Dienstag unterzeichneten beide Länder ein neues Protokoll.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "if03",
    "Conforme a la normativa vigente desde 2020, Marruecos y Senegal firmaron el martes un acuerdo de pesca en Rabat.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "if04",
    "Согласно закону, действующему с 2020 года, Марокко и Сенегал во вторник подписали соглашение о рыболовстве.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "x03",
    "Марокко, действующее с согласия Африканского союза, во вторник подписало с Сенегалом соглашение о рыболовстве.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "if05",
    "Il ministro, in carica dal 2022 e con un mandato vigente dal gennaio scorso, ha firmato martedì con il Senegal un accordo sulla pesca per il Marocco.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "ly01",
    "On Tuesday, Morocco and Senegal signed the agreement on fisheries that was negotiated last year.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "ly05",
    "Morocco and Senegal on Tuesday signed the 12 agreements drafted during the visit last year.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "ly06",
    "Марокко и Сенегал во вторник подписали 12 соглашений, подготовленных в ходе визита в прошлом году.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "ly07",
    "On Tuesday, Morocco and Senegal signed the 25 agreements, which were negotiated during the visit last year.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "ei01",
    "Morocco said on Tuesday that the fisheries agreement signed with Senegal will enter into force once both parliaments ratify it.",
    [],
  ],
  [
    "ei04",
    "Il ministro ha ricordato martedì che l'accordo firmato con il Senegal entrerà in vigore solo dopo la ratifica, ha annunciato il Marocco.",
    [],
  ],
  ["fu24", "The foreign ministers of Morocco and Senegal penned a joint op-ed calling for a fisheries agreement.", []],
  // A second review's probes: signings beside other documents or countries, and an entry into force told done or dated.
  [
    "m01",
    "Morocco and Senegal signed on Tuesday in Rabat an agreement on fisheries, together with other documents on culture and health.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "n01",
    "Morocco and Senegal signed an agreement on fisheries on Tuesday, along with other agreements on tourism and transport.",
    [
      ["signed", "2026-03-10", null],
      ["signed", "2026-03-10", null],
      ["signed", "2026-03-10", null],
    ],
  ],
  [
    "n02",
    "Morocco signed an agreement on visa exemption with Senegal on Tuesday, as it has done with other member countries of the African Union.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m05",
    "Le Maroc et le Sénégal ont signé mardi un accord sur la pêche, que Rabat veut étendre avec d'autres pays africains.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m06",
    "España y Marruecos firmaron el martes en Rabat un acuerdo de pesca, junto con otros acuerdos sobre educación y salud.",
    [
      ["signed", "2026-03-10", null],
      ["signed", "2026-03-10", null],
      ["signed", "2026-03-10", null],
    ],
  ],
  [
    "n07",
    "España y Marruecos, que están entre los principales socios comerciales del Mediterráneo, firmaron el martes un acuerdo de pesca.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m08",
    "Angola e Portugal assinaram na terça-feira em Luanda um acordo de cooperação no domínio da saúde, juntamente com outros instrumentos jurídicos.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m12",
    "Deutschland und Ghana unterzeichneten am Dienstag in Accra gemeinsam mit anderen Vereinbarungen ein Abkommen über Berufsbildung.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m13",
    "Die Abkommen über Energie und Wasser, die Deutschland und Ghana am Dienstag unterzeichneten, gehören zu den ersten ihrer Art in Westafrika.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m14",
    "Россия и Египет во вторник подписали в Каире соглашение о сотрудничестве в области энергетики вместе с другими документами.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "m15",
    "Россия и Египет во вторник подписали соглашение о торговле, в числе других документов был подписан меморандум о туризме.",
    [
      ["signed", "2026-03-10", null],
      ["signed", "2026-03-10", null],
    ],
  ],
  [
    "n05",
    "L'Italia e la Tunisia hanno firmato martedì un accordo sulla migrazione: Roma punta ora a intese simili con la Libia e altri paesi del Nord Africa.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "n06",
    "Italia e Tunisia figurano tra i principali partner commerciali del Mediterraneo e martedì hanno firmato un accordo sull'energia.",
    // Tuesday of a page of Wednesday 11 March (this short line was once read as Portuguese, "martedì" unread).
    [["signed", "2026-03-10", null]],
  ],
  [
    "m18",
    "وقع المغرب وموريتانيا يوم الثلاثاء اتفاقية للنقل البري، ويسعى المغرب إلى توقيع اتفاقيات مماثلة مع دول أخرى.",
    [["signed", "2026-03-10", null]],
  ],
  [
    "p01",
    "Before it entered into force on Tuesday, the fisheries agreement between Morocco and Senegal had been ratified by both parliaments.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "e11",
    "Avant son entrée en vigueur mardi, l'accord de pêche entre le Maroc et le Sénégal avait été ratifié par les deux parlements.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "p02",
    "Prima della sua entrata in vigore martedì, l'accordo tra Italia e Tunisia era stato ratificato dai due parlamenti.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "p03",
    "Antes de su entrada en vigor el martes, el acuerdo de pesca entre España y Marruecos fue ratificado por ambos parlamentos.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "p04",
    "Antes da sua entrada em vigor na terça-feira, o acordo entre Angola e Portugal foi ratificado pelos dois parlamentos.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "p05",
    "До вступления в силу во вторник соглашение между Россией и Египтом было ратифицировано парламентами двух стран.",
    [["in_force", null, "2026-03-10"]],
  ],
  [
    "p06",
    "قبل دخولها حيز التنفيذ يوم الثلاثاء، صادق برلمانا المغرب وموريتانيا على اتفاقية الصيد البحري.",
    [["in_force", null, "2026-03-10"]],
  ],
];

describe("words of waiting, time gone by and calls fire only where they govern the step", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-11" });
    const got = a.commitments.map((c) => [c.status, c.signedOn ?? null, c.effectiveOn ?? null]);
    expect(got).toEqual(expected.map((e) => [...e]));
  });
});
