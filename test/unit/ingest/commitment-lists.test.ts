import { describe, it } from "vitest";
import { signed, statuses } from "../../helpers/commitment-read";

describe("counted and listed instruments", () => {
  it.for([
    ["en", "On 3 March 2026 Kenya and Ghana signed 13 agreements."],
    ["fr", "Le 3 mars 2026, le Maroc et le Sénégal ont signé huit accords de coopération."],
    ["de", "Am 3. März 2026 unterzeichneten Deutschland und Marokko zwölf Abkommen."],
    ["pt", "Em 3 de março de 2026, Brasil e Portugal assinaram treze acordos."],
    ["ru", "3 марта 2026 года Казахстан и Узбекистан подписали 15 документов."],
  ] as const)(
    "reads a count with no subjects as one signature, never one per instrument (%s)",
    ([lang, text], { expect }) => {
      expect(signed(lang, text)).toHaveLength(1);
    },
  );

  it.for([
    [
      "ru",
      "3 марта 2026 года Казахстан и Узбекистан подписали 15 соглашений. Среди них соглашение о воздушном сообщении и меморандум о сотрудничестве в области здравоохранения.",
      ["agreement political-dialogue", "agreement transport-logistics", "memorandum health"],
    ],
    [
      "de",
      "Am 3. März 2026 unterzeichneten Deutschland und Marokko zwölf Abkommen. Darunter ein Abkommen über die Energiepartnerschaft und eine Absichtserklärung zur Gesundheit.",
      ["agreement political-dialogue", "agreement energy-climate", "declaration health"],
    ],
    [
      "ar",
      "وقع المغرب وتونس يوم 3 مارس 2026 على عشرين اتفاقية. ومن بينها اتفاقية في مجال الصحة ومذكرة تفاهم في مجال الطاقة.",
      ["agreement political-dialogue", "agreement health", "memorandum energy-climate"],
    ],
  ] as const)(
    "carries a counted signing to the instruments named after 'among them' (%s)",
    ([lang, text, want], { expect }) => {
      expect(signed(lang, text)).toEqual(want);
    },
  );

  it.for([
    ["pt", "Em 3 de março de 2026, Brasil e Portugal reforçaram a parceria ao assinarem 19 acordos bilaterais."],
    ["es", "España y Marruecos firman doce acuerdos en Madrid el 3 de marzo de 2026."],
    ["de", "Deutschland und Marokko unterzeichnen am 3. März 2026 zwölf Abkommen."],
    ["en", "Kenya inks 13 agreements with Ghana on 3 March 2026."],
  ] as const)("reads the signing verb in the present and the personal infinitive (%s)", ([lang, text], { expect }) => {
    expect(signed(lang, text)).toHaveLength(1);
  });

  it("reads documents counted with a count of one form as that form's batch, once", ({ expect }) => {
    const text =
      "On 3 March 2026 Kenya and Ghana signed nine documents, including six memoranda on the supply of grain.";
    expect(signed("en", text)).toHaveLength(1);
  });

  it("reads the kinds listed after a counted batch of documents as that batch, signed once, in every language", ({
    expect,
  }) => {
    const reports = [
      [
        "en",
        "On 3 March 2026 in Accra, Ghana and Togo signed eleven legal instruments, among them memoranda of understanding and protocols.",
      ],
      [
        "fr",
        "Le 3 mars 2026 à Dakar, le Sénégal et le Mali ont signé neuf documents, dont des mémorandums d'entente et des protocoles.",
      ],
      [
        "es",
        "El 3 de marzo de 2026, en Lima, Perú y Bolivia firmaron doce instrumentos, entre ellos memorandos de entendimiento y protocolos.",
      ],
      [
        "it",
        "Il 3 marzo 2026 a Tirana l'Albania e la Grecia hanno firmato dieci documenti, tra cui accordi e protocolli.",
      ],
      [
        "pt",
        "Em 3 de março de 2026, em Maputo, Moçambique e Angola assinaram sete instrumentos jurídicos, entre memorandos de entendimento e protocolos.",
      ],
      [
        "de",
        "Am 3. März 2026 unterzeichneten Polen und Deutschland in Warschau zehn Dokumente, darunter Absichtserklärungen und Protokolle.",
      ],
      [
        "ru",
        "3 марта 2026 года в Ташкенте Казахстан и Узбекистан подписали 12 документов, включая меморандумы и протоколы.",
      ],
      ["ar", "وقع المغرب وتونس في الرباط يوم 3 مارس 2026 تسع وثائق، من بينها مذكرات تفاهم وبروتوكولات."],
    ] as const;
    for (const [lang, text] of reports) expect(signed(lang, text), lang).toHaveLength(1);
  });

  // A bill of ratification is for an instrument already signed: signed, and not ratified yet.
  it("reads a government's bill of ratification as a signed instrument not yet ratified, in every language", ({
    expect,
  }) => {
    const bills = [
      [
        "en",
        "On 3 March 2026 the Kenyan cabinet approved the draft law on the ratification of the air services agreement between Kenya and Ghana.",
      ],
      [
        "fr",
        "Le 3 mars 2026, le Conseil des ministres du Sénégal a adopté le projet de loi portant ratification de l'accord de transport aérien entre le Sénégal et le Mali.",
      ],
      [
        "it",
        "Il 3 marzo 2026 il Consiglio dei ministri ha approvato il disegno di legge di ratifica dell'accordo sui servizi aerei tra l'Italia e l'Albania.",
      ],
      [
        "es",
        "El 3 de marzo de 2026, el Consejo de Ministros aprobó el proyecto de ley de ratificación del acuerdo de servicios aéreos entre España y Marruecos.",
      ],
      [
        "pt",
        "Em 3 de março de 2026, o Conselho de Ministros aprovou o projeto de lei de ratificação do acordo de serviços aéreos entre Portugal e Angola.",
      ],
      [
        "de",
        "Am 3. März 2026 billigte das Bundeskabinett den Gesetzentwurf zur Ratifizierung des Luftverkehrsabkommens zwischen Deutschland und Marokko.",
      ],
      [
        "ru",
        "3 марта 2026 года правительство Казахстана одобрило законопроект о ратификации соглашения о воздушном сообщении между Казахстаном и Узбекистаном.",
      ],
      ["ar", "وافق مجلس الوزراء يوم 3 مارس 2026 على مشروع قانون المصادقة على اتفاقية النقل الجوي بين المغرب وتونس."],
    ] as const;
    for (const [lang, text] of bills) expect(statuses(lang, text), lang).toEqual(["signed air-services"]);
  });

  it("still reads a parliament's ratification as ratified", ({ expect }) => {
    const text =
      "Le 3 mars 2026, le Parlement du Sénégal a ratifié l'accord de transport aérien entre le Sénégal et le Mali.";
    expect(statuses("fr", text)).toEqual(["ratified air-services"]);
  });

  it("reads a count over every form of its enumeration as one batch", ({ expect }) => {
    const text =
      "Le 3 mars 2026, le Maroc et le Sénégal ont signé 25 accords, mémorandums d'entente et programmes exécutifs.";
    expect(signed("fr", text)).toHaveLength(1);
  });

  it.for([
    ["fr", "Le 3 mars 2026, le Maroc et le Sénégal ont renforcé leur coopération en signant un accord sur la pêche."],
    ["es", "El 3 de marzo de 2026, España y Marruecos reforzaron su cooperación firmando un acuerdo sobre pesca."],
    ["pt", "Em 3 de março de 2026, Brasil e Portugal reforçaram a cooperação assinando um acordo sobre pesca."],
    ["it", "Il 3 marzo 2026 Italia e Albania hanno rafforzato la cooperazione firmando un accordo sulla pesca."],
  ] as const)("reads the signing verb as a gerund (%s)", ([lang, text], { expect }) => {
    expect(signed(lang, text)).toEqual(["agreement agriculture-food-security"]);
  });

  it.for([
    ["it", "Il 3 marzo 2026 Italia e Algeria hanno firmato ad Algeri un'intesa sul gas naturale.", 1],
    ["ar", "وقعت الجزائر وتونس يوم 3 مارس 2026 اتفاقا لتنظيم النقل البري للبضائع.", 1],
    ["it", "Il vertice tra Italia e Libia, che vedrà siglata un'intesa sul gas naturale, si apre il 3 marzo 2026.", 0],
    ["fr", "La visite, qui verra signé un accord sur la pêche, commence le 3 mars 2026.", 0],
  ] as const)(
    "reads an 'intesa' or an 'اتفاقا' as an agreement, and 'vedrà siglata' as still to come (%s)",
    ([lang, text, n], { expect }) => {
      expect(signed(lang, text)).toHaveLength(n);
    },
  );

  it.for([
    ["pt", "De acordo com o programa, Brasil e Portugal assinaram em 3 de março de 2026 um memorando sobre turismo."],
    [
      "es",
      "De acuerdo con el comunicado, España y Marruecos firmaron el 3 de marzo de 2026 un memorando sobre turismo.",
    ],
    ["fr", "Selon le programme, le Maroc et le Sénégal ont signé le 3 mars 2026 un mémorandum sur le tourisme."],
  ] as const)("reads no instrument in an idiom that holds a form word (%s)", ([lang, text], { expect }) => {
    expect(signed(lang, text)).toEqual(["memorandum culture-people"]);
  });

  it("reads documents restated after a counted form as that batch, once", ({ expect }) => {
    const text =
      "Le 3 mars 2026, 14 accords de coopération ont été paraphés entre le Maroc et le Sénégal. La cérémonie a comporté le paraphe des documents devant les deux chefs d'État.";
    expect(signed("fr", text)).toEqual(["agreement political-dialogue"]);
  });

  it("carries the signing of a batch of documents to the sentence that lists them, in every language", ({ expect }) => {
    const reports: Record<string, string> = {
      en: "On 3 March 2026 in Nairobi, Kenya and Ghana signed a number of documents. The documents included an agreement on air services and a memorandum on health cooperation.",
      fr: "Le 3 mars 2026 à Dakar, le Sénégal et le Mali ont signé plusieurs documents. Les documents comprennent un accord sur le transport aérien et un mémorandum sur la santé.",
      it: "Il 3 marzo 2026 a Tirana l'Albania e la Grecia hanno firmato diversi documenti. Tra i documenti, un accordo sui servizi aerei e un memorandum sulla sanità.",
      es: "El 3 de marzo de 2026, en Lima, Perú y Bolivia firmaron varios documentos. Entre los documentos, un acuerdo de servicios aéreos y un memorando sobre salud.",
      pt: "Em 3 de março de 2026, em Maputo, Moçambique e Angola assinaram vários documentos. Entre os documentos, um acordo de serviços aéreos e um memorando sobre saúde.",
      de: "Am 3. März 2026 unterzeichneten Polen und Deutschland in Warschau mehrere Dokumente. Zu den Dokumenten gehören ein Abkommen über den Luftverkehr und eine Absichtserklärung zur Gesundheit.",
      ru: "3 марта 2026 года в Ташкенте Казахстан и Узбекистан подписали ряд документов. В числе документов соглашение о воздушном сообщении и меморандум о сотрудничестве в области здравоохранения.",
      ar: "وقع المغرب وتونس في الرباط يوم 3 مارس 2026 عدة وثائق. ومن بين الوثائق اتفاقية للنقل الجوي ومذكرة تفاهم في مجال الصحة.",
    };
    for (const [lang, text] of Object.entries(reports)) {
      const got = signed(lang, text);
      // Two named instruments, and no signature of unstated form for the batch they make.
      expect(got, lang).toHaveLength(2);
      expect(
        got.filter((s) => s.startsWith("-")),
        lang,
      ).toEqual([]);
    }
  });

  it("reads a form announced before a carried list as one of those listed, not one more", ({ expect }) => {
    const announced = new Map([
      [
        "en",
        "An agreement and two memoranda of understanding were signed in Nairobi on 3 March 2026 between Kenya and Ghana. Among them, an agreement on fisheries, a memorandum on tourism and a memorandum on health.",
      ],
      [
        "es",
        "Un acuerdo y dos memorandos fueron firmados en Lima el 3 de marzo de 2026 entre Perú y Bolivia. Entre ellos, un acuerdo sobre pesca, un memorando sobre turismo y un memorando sobre salud.",
      ],
      [
        "it",
        "Un accordo e due memorandum sono stati firmati a Tirana il 3 marzo 2026 tra l'Albania e la Grecia. Tra questi, un accordo sulla pesca, un memorandum sul turismo e un memorandum sulla sanità.",
      ],
      [
        "ru",
        "3 марта 2026 года в Ташкенте Казахстан и Узбекистан подписали соглашение и два меморандума. Среди них соглашение о рыболовстве, меморандум о туризме и меморандум о здравоохранении.",
      ],
    ]);
    for (const [lang, text] of announced)
      expect(signed(lang, text), lang).toEqual([
        "agreement agriculture-food-security",
        "memorandum culture-people",
        "memorandum health",
      ]);
  });

  it("carries no signature from a sentence that only plans one", ({ expect }) => {
    const text = "Kenya and Ghana will sign ten agreements next week. Among them, an agreement on air services.";
    expect(signed("en", text)).toEqual([]);
  });
});
