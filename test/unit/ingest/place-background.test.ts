import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports written for this test: a city named as the place of another, earlier or later happening, or
// as where the people quoted are, is not where the reported happening was.
const placeOf = async (text: string, publishedAt = "2026-05-14", title?: string) =>
  (await analyze({ text, publishedAt, ...(title ? { title } : {}) })).place ?? null;

/** Each report, in its language, gets no place. */
const unplaced = (rows: readonly (readonly [string, string])[]) =>
  it.for(rows)("%s: %s", async ([, text], { expect }) => {
    expect(await placeOf(text)).toBe(null);
  });

describe("a place of the background is not the happening's", () => {
  unplaced([
    [
      "en",
      "Kenya and Ghana signed a memorandum on fisheries on Tuesday. The two ministers had already agreed on its outline last year in Nairobi.",
    ],
    [
      "fr",
      "Le Maroc et le Sénégal ont signé mardi trois accords sur la pêche. Les deux pays avaient déjà conclu l'an dernier à Dakar un accord sur le transport.",
    ],
    [
      "it",
      "A seguito del forum dello scorso 4 maggio ad Hanoi, il sottosegretario italiano ha ricevuto il 13 maggio la viceministra vietnamita.",
    ],
    [
      "es",
      "El presidente venezolano llegó el martes a Bielorrusia para su primera visita oficial a ese país. Antes de su llegada, estuvo dos días en Moscú para un foro sobre gas.",
    ],
    [
      "pt",
      "O acordo de isenção de vistos entre Angola e a China já entrou em vigor. O acordo foi assinado em janeiro durante uma visita do ministro chinês a Luanda.",
    ],
    [
      "de",
      "Die Außenminister der Slowakei und Deutschlands haben am Dienstag ein Memorandum unterzeichnet. Vereinbart wurde es bereits während des Besuchs des slowakischen Premierministers im April in Berlin.",
    ],
    [
      "ru",
      "Министры иностранных дел Египта и Узбекистана подписали во вторник меморандум. Ранее, в прошлом году в Ташкенте, стороны договорились о его подготовке.",
    ],
    [
      "ar",
      "وقع وزيرا خارجية مصر وأوزبكستان يوم الثلاثاء مذكرة تفاهم. وكان الجانبان قد اتفقا العام الماضي في طشقند على إعدادها.",
    ],
  ]);
});

describe("a place of a happening still to come is not the happening's", () => {
  unplaced([
    [
      "en",
      "A spokesman confirmed on Tuesday that the accord between the Philippines and Vietnam would be signed during the state visit to Hanoi next week.",
    ],
    [
      "en",
      "Morocco has been chosen by Interpol members to host the general assembly, to be held in Marrakech in 2027.",
    ],
    ["fr", "Le Maroc et le Kazakhstan ont annoncé mardi une visite d'État à Astana la semaine prochaine."],
    ["es", "Chile y Perú confirmaron el martes una visita oficial a Lima la próxima semana."],
    ["ru", "Министры Египта и России в понедельник обсудили визит в Каир на следующей неделе."],
    ["ar", "اتفق وزيرا خارجية المغرب وكازاخستان على عقد الدورة الأولى للجنة المشتركة خلال السنة المقبلة في أستانا."],
  ]);

  it("reads a headline's 'to sign … during a visit to' as still to come", async ({ expect }) => {
    const text = "The Philippines and Vietnam agreed on Tuesday on the text of a maritime accord.";
    expect(await placeOf(text, "2026-05-14", "PH, Vietnam to sign maritime deal during visit to Hanoi")).toBe(null);
  });
});

describe("a place where the people quoted are is not the happening's", () => {
  unplaced([
    [
      "en",
      "The investment agreement between Kazakhstan and Morocco has not been signed yet, officials in Astana said on Monday.",
    ],
    [
      "fr",
      "L'accord entre le Maroc et le Kazakhstan n'est pas encore signé, ont indiqué lundi des responsables à Astana.",
    ],
    [
      "en",
      "Visa-free travel between Kazakhstan and Morocco has doubled the number of Kazakh tourists in Marrakech, the ministry said.",
    ],
  ]);
});

describe("a place of a year before the happening's, or of a life story, is not the happening's", () => {
  unplaced([
    ["en", "The agreement, first discussed in Geneva in 2019, was signed by Kenya and Ghana on Tuesday."],
    ["es", "El acuerdo, negociado en Ginebra en 2019, fue firmado el martes por Chile y Perú."],
    ["en", "Born in Casablanca, the Moroccan minister met his Kazakh counterpart on Tuesday."],
    [
      "fr",
      "Les ministres des Affaires étrangères du Maroc et du Sénégal se sont entretenus mardi. Le ministre sénégalais, qui a étudié à Rabat, a salué les liens.",
    ],
    ["it", "Il ministro tunisino, nato a Tunisi, ha incontrato martedì il collega italiano per parlare di energia."],
    [
      "ru",
      "Министр иностранных дел Узбекистана, который учился в Москве, провел во вторник переговоры с коллегой из Египта.",
    ],
    ["ar", "التقى وزير الخارجية الأردني، المولود في عمّان، يوم الثلاثاء نظيره العراقي لبحث التعاون."],
  ]);
});

describe("a place of the source, a compound or an old declaration is not the happening's", () => {
  unplaced([
    ["en", "A Moscow-based think tank said on Tuesday that Egypt and Russia would expand grain trade."],
    ["en", "Morocco and Kazakhstan on Tuesday recalled the spirit of the Tashkent Declaration of 1966."],
    ["fr", "Le Maroc et le Kazakhstan ont signé mardi un accord, selon un communiqué publié à Rabat."],
    ["es", "Rusia y Cuba firmaron el martes un acuerdo energético, informó la cancillería en La Habana."],
    [
      "de",
      "Die Präsidenten Kasachstans und Usbekistans haben am Dienstag telefoniert, teilte das Präsidialamt in Astana mit.",
    ],
    [
      "ru",
      "Египет и Россия подписали во вторник соглашение о поставках зерна, сообщила пресс-служба президента в Каире.",
    ],
    ["ar", "أعلنت وزارة الخارجية في الرباط يوم الثلاثاء أن المغرب وكازاخستان وقعا اتفاقا للإعفاء من التأشيرات."],
  ]);
});

describe("the happening's own place stays", () => {
  it.for([
    ["en", "Kenya and Ghana signed a memorandum on fisheries on 12 May in Accra.", "Accra"],
    ["it", "Il 13 maggio ad Hanoi i ministri di Italia e Vietnam hanno firmato dieci intese.", "Hanoi"],
    ["es", "Ya en Madrid, el presidente marroquí firmó el martes tres acuerdos con el Gobierno español.", "Madrid"],
    [
      "pt",
      "Já em Luanda, o Presidente moçambicano assinou na terça-feira cinco acordos com o homólogo angolano.",
      "Luanda",
    ],
    ["en", "Already in Astana since Monday, the Moroccan minister signed three agreements on Tuesday.", "Astana"],
    ["ru", "Уже в Астане министр подписал во вторник три соглашения с казахстанским коллегой.", "Astana"],
    ["de", "Die Außenminister Deutschlands und Polens haben sich bereits am Montag in Berlin getroffen.", "Berlin"],
    ["fr", "Les ministres marocain et kazakh se sont déjà rencontrés lundi à Rabat pour préparer la visite.", "Rabat"],
    ["en", "The foreign ministers of Kenya and Ghana already met on Monday in Accra to prepare the summit.", "Accra"],
    [
      "en",
      "The two ministers said in a statement after their talks in Rabat on Tuesday that trade would double.",
      "Rabat",
    ],
    [
      "fr",
      "Le Maroc et le Sénégal ont signé mardi à Dakar trois accords, comme ils l'avaient déjà fait en 2019.",
      "Dakar",
    ],
  ] as const)("%s: %s → %s", async ([, text, want], { expect }) => {
    expect(await placeOf(text)).toBe(want);
  });
});

describe("a place told after its own earlier time, or where someone is during a call, is not the happening's", () => {
  unplaced([
    [
      "en",
      "Turkey and Qatar held the tenth meeting of their strategic committee on Tuesday. The ninth was held in Doha last year.",
    ],
    [
      "fr",
      "La Turquie et le Qatar ont tenu mardi la dixième réunion de leur comité. La neuvième s'était tenue à Doha l'an dernier.",
    ],
    [
      "es",
      "Turquía y Catar celebraron el martes la décima reunión de su comité. La novena se celebró en Doha el año pasado.",
    ],
    ["ru", "Турция и Катар провели во вторник десятое заседание комитета. Девятое прошло в Дохе в прошлом году."],
    [
      "en",
      "The presidents of Egypt and Somalia spoke by phone on Tuesday. Sisi, who was in Cairo, invited Mohamud to visit.",
    ],
    [
      "fr",
      "Les présidents égyptien et somalien se sont entretenus mardi par téléphone. Le président égyptien, qui se trouvait à Alexandrie, a invité son homologue.",
    ],
    [
      "de",
      "Die Außenminister Kasachstans und Marokkos haben am Dienstag telefonisch über Getreide gesprochen. Der marokkanische Minister ist diese Woche in Genf.",
    ],
    [
      "ar",
      "بحث الرئيس المصري مع نظيره الصومالي في اتصال هاتفي يوم الثلاثاء العلاقات بين البلدين. وكان الرئيس الصومالي قد وصل إلى جيبوتي.",
    ],
  ]);
});

describe("a headline kept as the text's first line that tells a happening to come places none", () => {
  unplaced([
    [
      "en",
      "Morocco, Kazakhstan to sign grain deal in Rabat\n\nMorocco and Kazakhstan will sign a memorandum on grain logistics next week.",
    ],
    [
      "en",
      "Kenya and Ghana to meet in Accra\n\nThe foreign ministers of Kenya and Ghana will hold talks on fisheries, officials said on Tuesday.",
    ],
  ]);
});

describe("a city of a route, or where traders or students are, is not the happening's", () => {
  unplaced([
    ["en", "Kenya and Vietnam agreed on Tuesday to deepen trade. Kenyan exporters in Mombasa welcomed the move."],
    [
      "fr",
      "Le Maroc et le Kazakhstan ont convenu mardi de renforcer leurs échanges. Une ligne directe reliera Casablanca à Almaty.",
    ],
    ["pt", "Brasil e Nigéria assinaram cinco acordos na terça-feira. Um voo direto ligará São Paulo a Lagos."],
    [
      "es",
      "Marruecos y Kazajistán acordaron el martes reforzar el comercio. Los empresarios de Casablanca celebraron la noticia.",
    ],
    ["en", "Kenya and Vietnam agreed on Tuesday to open direct flights from Mombasa to Hanoi."],
  ]);
});

describe("a place followed by its month of last year, in the genitive, is the background's", () => {
  unplaced([
    [
      "ru",
      "Министры Ганы и Кении провели переговоры. Они продолжили диалог, начатый во время визита в Найроби в октябре прошлого года.",
    ],
    [
      "es",
      "Los ministros de Ghana y Kenia mantuvieron conversaciones. Continuaron el diálogo iniciado en la visita a Nairobi en octubre del año pasado.",
    ],
    [
      "it",
      "I ministri del Ghana e del Kenya hanno avuto colloqui. Hanno proseguito il dialogo avviato nella visita a Nairobi nell'ottobre dell'anno scorso.",
    ],
    [
      "pt",
      "Os ministros do Gana e do Quénia mantiveram conversações. Prosseguiram o diálogo iniciado na visita a Nairobi em outubro do ano passado.",
    ],
    [
      "de",
      "Die Minister Ghanas und Kenias führten Gespräche. Sie setzten den Dialog fort, der beim Besuch in Nairobi im Oktober des vergangenen Jahres begann.",
    ],
  ]);
});
