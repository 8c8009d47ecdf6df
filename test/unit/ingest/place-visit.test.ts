import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports written for this test: the lead reports the meeting without its place, and a later sentence
// tells where the visitors arrived or what city they are visiting; or an Arabic visit takes its city as its
// object, without a preposition.
const placeOf = async (text: string) => (await analyze({ text, publishedAt: "2026-05-17" })).place ?? null;

const OPENING = {
  en: "The foreign ministers of Uzbekistan and the United Kingdom signed a declaration on comprehensive cooperation on Sunday. They spoke at length about trade, energy and the training of engineers. Both sides praised the growth of direct flights over the past two years. The British side offered help with the reform of the courts and of the civil service. The two ministers also discussed the situation in Afghanistan and the security of the region. ",
  pt: "Os Presidentes de Angola e de Moçambique assinaram hoje cinco acordos de cooperação nas áreas dos transportes, da cultura e do turismo. Os documentos incluem um acordo sobre serviços aéreos e outro sobre a marinha mercante. Um memorando sobre a ação social foi assinado pelos ministros das Relações Exteriores dos dois países. Os dois chefes de Estado falaram também das ligações ferroviárias e da energia. ",
  fr: "Les présidents du Sénégal et de la Mauritanie ont signé dimanche trois accords sur la pêche, le gaz et la sécurité des frontières. Les deux chefs d'État ont salué la qualité des relations entre leurs pays voisins. Ils ont aussi parlé du gisement de gaz partagé au large des deux côtes. Les ministres de la Pêche ont fixé le nombre de licences pour l'année à venir. ",
  ru: "Министры иностранных дел Узбекистана и Египта подписали в воскресенье меморандум о сотрудничестве в области туризма. Стороны обсудили расширение торговли и прямое авиасообщение между двумя странами. Египетская сторона предложила помощь в подготовке специалистов по археологии. Министры также затронули положение на Ближнем Востоке. Стороны договорились провести следующее заседание межправительственной комиссии осенью. ",
  ar: "وقع وزيرا خارجية السعودية والعراق اليوم الأحد مذكرة تفاهم لتأسيس مجلس تنسيقي بين البلدين. وأكد الجانبان أهمية تطوير العلاقات الاقتصادية والثقافية بين البلدين. وقال الوزير السعودي إن المجلس سيجتمع مرة كل عام بالتناوب. وأضاف أن حجم التجارة بين البلدين ينمو بسرعة منذ سنوات. ",
};

describe("a place told later as where the visit went", () => {
  it.for([
    [
      "en",
      `${OPENING.en}The British foreign secretary is visiting Tashkent as part of a tour of the five Central Asian states.`,
      "Tashkent",
    ],
    [
      "pt",
      `${OPENING.pt}O Presidente moçambicano chegou esta manhã ao Palácio Presidencial em Luanda para um encontro privado.`,
      "Luanda",
    ],
    [
      "fr",
      `${OPENING.fr}Le président sénégalais est arrivé samedi soir à Nouakchott, accueilli à l'aéroport par son homologue.`,
      "Nouakchott",
    ],
    ["ru", `${OPENING.ru}Египетская делегация прибыла в Ташкент в субботу.`, "Tashkent"],
    ["ar", `${OPENING.ar}ويضم الوفد العراقي عددا من الوزراء الذين وصلوا إلى الرياض يوم أمس.`, "Riyadh"],
    [
      "ar",
      "شهد أمير قطر والرئيس التركي يوم الأحد التوقيع على عدد من مذكرات التفاهم خلال زيارته الدوحة، كما ترأسا اجتماع اللجنة الاستراتيجية العليا.",
      "Doha",
    ],
  ] as const)("%s: … %s", async ([, text, want], { expect }) => {
    expect(await placeOf(text)).toBe(want);
  });

  it.for([
    ["en", `${OPENING.en}The minister had previously served as ambassador and visited Moscow many times.`],
    ["en", `${OPENING.en}Most of the cotton is shipped through the port of Mombasa, officials said.`],
    ["fr", `${OPENING.fr}Le ministre se rendra la semaine prochaine à Dakar pour préparer la commission mixte.`],
    ["ar", "أكد وزيرا خارجية مصر والأردن يوم الأحد أهمية زيارة وفد من القاهرة لتعزيز التعاون."],
    [
      "en",
      `${OPENING.en}On Tuesday 19 May the foreign secretary arrived in Samarkand for the second leg of his visit.`,
    ],
  ] as const)("%s: no place from a later city that is not the visit's: … %s", async ([, text], { expect }) => {
    expect(await placeOf(text)).toBe(null);
  });
});

describe("an Arabic hosting verb before the city", () => {
  it.for([
    ["احتضنت الرباط يوم الاثنين اجتماع اللجنة المشتركة بين المغرب وكازاخستان.", "Rabat"],
    ["وقع وزيرا خارجية الأردن وتونس يوم الاثنين اتفاقية على هامش ملتقى احتضنته العاصمة الأردنية.", "Amman"],
    ["تحتضن نواكشوط يوم الاثنين أشغال اللجنة المشتركة بين موريتانيا والسنغال.", "Nouakchott"],
  ] as const)("%s → %s", async ([text, want], { expect }) => {
    expect(await placeOf(text)).toBe(want);
  });
});

describe("an Arabic arrival in a country whose name is its capital's (الجزائر, تونس, الكويت)", () => {
  it.for([
    ["وصل الرئيس الصومالي اليوم الاثنين إلى الجزائر في زيارة دولة تدوم ثلاثة أيام.", "Algiers"],
    ["وصلت رئيسة الحكومة الإيطالية اليوم الاثنين إلى تونس في زيارة عمل.", "Tunis"],
    ["حلت رئيسة الحكومة الإيطالية اليوم الاثنين بتونس في زيارة عمل.", "Tunis"],
    ["حل الرئيس الصومالي اليوم الاثنين بالجزائر في زيارة دولة.", "Algiers"],
  ] as const)("%s → %s", async ([text, want], { expect }) => {
    expect(await placeOf(text)).toBe(want);
  });

  it("reads حل as a noun where no ب joins the name ('حل سياسي للأزمة في تونس')", async ({ expect }) => {
    const text = "دعا وزيرا خارجية الجزائر وإيطاليا يوم الاثنين إلى حل سياسي للأزمة في تونس.";
    expect(await placeOf(text)).toBe(null);
  });
});

describe("an Arabic visit whose subject stands between the word and the city", () => {
  it("places the happening where the visit went ('خلال زيارة الدولة التي يقوم بها الرئيس روتو إلى هانوي')", async ({
    expect,
  }) => {
    const text =
      "اتفقت كينيا وفيتنام يوم الاثنين على الارتقاء بعلاقاتهما. ووقعت الاتفاقيات الأربع خلال زيارة الدولة التي يقوم بها الرئيس الكيني روتو إلى هانوي.";
    expect(await placeOf(text)).toBe("Hanoi");
  });
});
