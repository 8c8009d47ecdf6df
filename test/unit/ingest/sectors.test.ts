import { describe, it } from "vitest";
import dossier from "../../../seed/dossiers/KZ-MA.json";
import sectorsData from "../../../seed/lexicons/sectors.json";
import taxonomy from "../../../seed/sector-taxonomy.json";
import { prepare } from "../../../src/ingest/match/normalize";
import { findSectors, TRACK_SLUGS, trackInfo } from "../../../src/ingest/recognize/sectors";
import { afterLongLead, sectorsIn } from "../../helpers/sectors";

const slugs = new Set(taxonomy.sectors.map((s) => s.slug));
const sectorsOf = (text: string) => findSectors(prepare(text)).sectors.map((s) => s.slug);
const tracksOf = (text: string) => findSectors(prepare(text)).tracks.map((t) => t.slug);

describe("the sector and track lexicons", () => {
  it("cover exactly the sectors of seed/sector-taxonomy.json", ({ expect }) => {
    expect(new Set(Object.keys(sectorsData.sectors))).toEqual(slugs);
  });

  it("map each known track to its sector as the KZ–MA dossier does", ({ expect }) => {
    const known = dossier.tracks.map((t) => [t.slug, t.sector]);
    // The lexicon knows more tracks than one pair has (air services, double taxation…): each KZ–MA track is one.
    expect(TRACK_SLUGS).toEqual(expect.arrayContaining(known.map(([slug]) => slug)));
    for (const [slug, sector] of known) expect(trackInfo(slug ?? "")?.sector, slug).toBe(sector);
    for (const slug of TRACK_SLUGS) expect(slugs.has(trackInfo(slug)?.sector ?? "")).toBe(true);
  });
});

describe("findSectors", () => {
  it("keeps evidence spans that point into the text", ({ expect }) => {
    const text = "The two ministers agreed to fight terrorism and cybercrime and to expand trade and investment.";
    const { sectors, tracks } = findSectors(prepare(text));
    for (const hit of [...sectors, ...tracks]) {
      for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(tracks.map((t) => t.slug)).toEqual(["security", "economy-technology"]);
    expect(sectors.map((s) => s.slug)).toContain("security-defence");
  });

  it("lets longer phrases win: food security is agriculture, the Security Council is multilateral", ({ expect }) => {
    expect(sectorsOf("Food security and food security again; the Security Council and the Security Council.")).toEqual([
      "agriculture-food-security",
      "multilateral",
    ]);
  });

  it("takes UN only in capitals ('un' is an article)", ({ expect }) => {
    expect(sectorsOf("un accord, un plan, un projet, un mécanisme")).not.toContain("multilateral");
    expect(sectorsOf("The UN and the UN General Assembly")).toContain("multilateral");
  });

  it.for([
    ["en", "an agreement on visa exemption for holders of ordinary passports", "visa-exemption"],
    ["fr", "l'accord d'exemption de visa pour les passeports ordinaires", "visa-exemption"],
    ["it", "l'esenzione dal visto per i titolari di passaporti ordinari", "visa-exemption"],
    ["ar", "اتفاقية الإعفاء المتبادل من التأشيرة لحاملي جوازات السفر العادية", "visa-exemption"],
    ["ru", "соглашение о безвизовом режиме для владельцев общегражданских паспортов", "visa-exemption"],
    ["en", "a grain logistics hub for African markets", "grain-logistics-hub"],
    ["fr", "une plateforme logistique pour les céréales", "grain-logistics-hub"],
    ["ar", "منصة لوجستية لتصدير الحبوب", "grain-logistics-hub"],
    ["it", "un meccanismo di consultazioni politiche regolari", "political-consultations"],
    ["ar", "إحداث آلية للتشاور السياسي", "political-consultations"],
    ["de", "eine gemischte Kommission und einen Wirtschaftsrat", "joint-commission"],
    ["es", "cooperación entre instituciones islámicas", "religious-ties"],
    ["de", "ein System regelmäßiger politischer und fachlicher Beratungen", "political-consultations"],
    ["en", "regular political and technical consultations", "political-consultations"],
    ["fr", "des consultations stratégiques et politiques", "political-consultations"],
    ["ru", "политических и экспертных консультаций", "political-consultations"],
  ] as const)("finds the track in %s: %s", ([, text, slug], { expect }) => {
    expect(tracksOf(text)).toContain(slug);
  });

  it.for([
    ["en", "The statement lists cooperation in trade, energy, agriculture, health and tourism."],
    ["es", "Acordaron cooperar en comercio, energía, agricultura, salud y turismo."],
    ["pt", "Acordaram cooperar em comércio, energia, agricultura, saúde e turismo."],
    ["de", "Sie wollen in Handel, Energie, Landwirtschaft, Gesundheit und Tourismus zusammenarbeiten."],
    [
      "ru",
      "Стороны договорились о сотрудничестве в торговле, энергетике, сельском хозяйстве, здравоохранении и туризме.",
    ],
  ] as const)("counts one mention in an enumeration of areas (%s)", ([, text], { expect }) => {
    const { sectors } = findSectors(prepare(text));
    expect(sectors.map((s) => s.slug).sort()).toEqual([
      "agriculture-food-security",
      "culture-people",
      "economy-trade-investment",
      "energy-climate",
      "health",
    ]);
  });

  it("counts trade and investment for the economy, not for science", ({ expect }) => {
    const { sectors, tracks } = findSectors(
      prepare("They agreed to expand trade and investment. Trade and investment grew last year."),
    );
    expect(sectors.map((s) => s.slug)).toEqual(["economy-trade-investment"]);
    expect(tracks.map((t) => t.slug)).toEqual(["economy-technology"]);
  });

  it("counts a track for its sector", ({ expect }) => {
    const { sectors } = findSectors(prepare("They discussed a logistics hub. They discussed a logistics hub."));
    expect(sectors.map((s) => s.slug)).toContain("agriculture-food-security");
  });
});

/** The sectors of a text read in its language (the pipeline passes the detected one). */

// FICTIONAL sentences written for these tests: the first sentence is a neutral lead, so only the rule under test
// can make the one mention count.
const LEAD = {
  en: "The ministers met on Monday.",
  fr: "Les ministres se sont réunis lundi.",
  es: "Los ministros se reunieron el lunes.",
  pt: "Os ministros reuniram-se na segunda-feira.",
  it: "I ministri si sono incontrati lunedì.",
  ru: "Министры встретились в понедельник.",
  de: "Die Minister trafen sich am Montag.",
  ar: "التقى الوزيران يوم الاثنين.",
} as const;

describe("findSectors: one clear mention", () => {
  it.for([
    ["en", "They agreed to cooperate on fisheries.", "agriculture-food-security"],
    ["fr", "Ils ont signé un accord de coopération dans le domaine sécuritaire.", "security-defence"],
    ["es", "Firmaron convenios en materias como los asuntos consulares.", "mobility-consular"],
    ["pt", "Os acordos abrangem matérias como o aumento do número de voos.", "transport-logistics"],
    ["it", "Hanno discusso della cooperazione nel settore energetico.", "energy-climate"],
    ["ru", "Стороны обсудили развитие сотрудничества в сфере морского рыболовства.", "agriculture-food-security"],
    ["de", "Sie wollen die Zusammenarbeit im Bereich Gesundheit ausbauen.", "health"],
    ["ar", "واتفق الجانبان على تعزيز التعاون في مجال الطاقة.", "energy-climate"],
  ] as const)("counts a mention after a cue of areas of cooperation (%s)", ([lang, sentence, slug], { expect }) => {
    expect(sectorsIn(lang, `${LEAD[lang]} ${sentence} The end.`)).toContain(slug);
  });

  it.for([
    ["en", "Morocco and Ghana agreed on Monday to add direct flights.", "transport-logistics"],
    ["es", "Chile y Perú acordaron el lunes reforzar la pesca artesanal.", "agriculture-food-security"],
    ["pt", "Angola e Portugal acordaram aumentar os voos entre os dois países.", "transport-logistics"],
    ["ru", "Товарооборот между Казахстаном и Китаем достиг рекорда.", "economy-trade-investment"],
    ["de", "Polen und Litauen wollen ihre Energiepartnerschaft ausbauen.", "energy-climate"],
  ] as const)("counts a mention in the lead (%s)", ([, lead, slug], { expect }) => {
    const rest = " Das Treffen dauerte zwei Stunden. The meeting lasted two hours. Встреча длилась два часа.";
    expect(sectorsIn("und", `${lead}${rest}`)).toContain(slug);
  });

  it("still needs more than one passing mention later in the text", ({ expect }) => {
    expect(sectorsIn("en", `${LEAD.en} The press asked about the weather. Later he spoke of energy.`)).toEqual([]);
  });

  it("reads German compounds and German nouns only with their capital", ({ expect }) => {
    expect(sectorsIn("de", "Sicherheitsfragen und Verteidigungspolitik standen im Mittelpunkt.")).toContain(
      "security-defence",
    );
    expect(sectorsIn("de", `${LEAD.de} Es handelt sich um ein Treffen. Man handelte schnell.`)).not.toContain(
      "economy-trade-investment",
    );
  });

  it.for([
    ["es", "Fue una reunión muy importante y de gran importancia.", "economy-trade-investment"],
    ["ru", "Президент Газуани принял гостя. Визит Газуани продолжился визитом в порт.", "energy-climate"],
    ["ru", "В ходе визита министр отметил итоги визита.", "mobility-consular"],
    ["es", "Las Islas del Pacífico y la isla vecina.", "religion"],
    ["en", "The maritime talks and the maritime border.", "transport-logistics"],
  ] as const)(
    "never reads a word of another language or a name as a sector word (%s: %s)",
    ([lang, text, slug], { expect }) => {
      expect(sectorsIn(lang, text)).not.toContain(slug);
    },
  );

  it.for([
    ["en", "The coast guards of both countries will share a hotline on maritime security.", "security-defence"],
    ["fr", "Les garde-côtes des deux pays coopéreront contre le terrorisme.", "security-defence"],
    ["es", "La cooperación incluye la aviación civil y el transporte marítimo.", "transport-logistics"],
    ["pt", "Falaram da proteção ambiental e das alterações climáticas.", "energy-climate"],
    ["ru", "Будет построена атомная электростанция, АЭС даст электроэнергию.", "energy-climate"],
    ["de", "Die Zollbehörden und die Industrie profitieren vom Außenhandel.", "economy-trade-investment"],
    ["ar", "تدشين خط الطيران المباشر وخط الشحن البحري بين البلدين.", "transport-logistics"],
    ["ar", "الحوار بين الأديان وقادة الأديان والشؤون الدينية.", "religion"],
    ["ru", "Съезд лидеров мировых религий и межрелигиозный диалог.", "religion"],
    ["es", "Regularon el ingreso de migrantes y el tránsito transfronterizo de migrantes.", "mobility-consular"],
  ] as const)("knows the general vocabulary of the sector (%s: %s)", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: the general vocabulary of each field, in every language", () => {
  // FICTIONAL sentences written for these tests, one field's word each, read as a report's lead.
  it.for([
    ["en", "The talks focused on the fight against terrorist groups.", "security-defence"],
    ["en", "They signed a memorandum on biosecurity.", "security-defence"],
    ["en", "The ministers discussed border control and border guards.", "security-defence"],
    ["fr", "Les deux présidents ont évoqué la menace jihadiste.", "security-defence"],
    ["fr", "Un mémorandum sur la biosécurité a été signé.", "security-defence"],
    ["es", "Firmaron un memorando sobre bioseguridad.", "security-defence"],
    ["pt", "Assinaram um memorando sobre biossegurança.", "security-defence"],
    ["it", "Hanno firmato un memorandum sulla biosicurezza.", "security-defence"],
    ["ru", "Подписан меморандум по вопросам обеспечения биобезопасности.", "security-defence"],
    ["de", "Ein Memorandum über Biosicherheit wurde unterzeichnet.", "security-defence"],
    ["ar", "وبحث الجانبان التصدي للجماعات الإرهابية.", "security-defence"],
    ["en", "One memorandum sets up a surgical unit in the capital.", "health"],
    ["fr", "Un mémorandum prévoit un service de chirurgie à Bamako.", "health"],
    ["es", "Un memorando crea una unidad de cirugía en Asunción.", "health"],
    ["pt", "Um memorando cria uma unidade de cirurgia em Maputo.", "health"],
    ["it", "Un memorandum prevede un reparto di chirurgia a Tirana.", "health"],
    ["ru", "Меморандум предусматривает открытие хирургического отделения в Душанбе.", "health"],
    ["de", "Ein Memorandum sieht eine Chirurgie-Station in Tiflis vor.", "health"],
    ["ar", "تنص مذكرة على إنشاء وحدة للجراحة في نواكشوط.", "health"],
    ["en", "Kazakhstan proposed a regional water council.", "energy-climate"],
    ["en", "Both countries plan a new refinery and a fuel pipeline.", "energy-climate"],
    ["pt", "Vão avançar em temas como biocombustíveis.", "energy-climate"],
    ["es", "Hablaron de biocombustibles.", "energy-climate"],
    ["fr", "Ils ont parlé des biocarburants.", "energy-climate"],
    ["de", "Sie sprachen über Biokraftstoffe.", "energy-climate"],
    ["ru", "Стороны обсудили производство биотоплива.", "energy-climate"],
    ["en", "The speakers of both parliaments discussed interparliamentary ties.", "political-dialogue"],
    ["fr", "Les présidents des deux chambres ont salué la coopération interparlementaire.", "political-dialogue"],
    ["es", "Los legisladores reforzaron la cooperación interparlamentaria.", "political-dialogue"],
    ["pt", "Os deputados reforçaram a cooperação interparlamentar.", "political-dialogue"],
    ["it", "I deputati hanno rafforzato la cooperazione interparlamentare.", "political-dialogue"],
    ["ru", "Депутаты обсудили укрепление межпарламентских связей.", "political-dialogue"],
    ["de", "Die Abgeordneten stärkten die interparlamentarische Zusammenarbeit.", "political-dialogue"],
    ["ar", "وبحث الجانبان تعزيز التعاون البرلماني.", "political-dialogue"],
    ["de", "Damit beginnt ein politischer und fachlicher Dialog.", "political-dialogue"],
    ["fr", "Les programmes socioculturels seront renforcés.", "culture-people"],
    ["es", "Hablaron de la cuestión de las Malvinas.", "sovereignty-and-disputes"],
    ["en", "They spoke about the Falkland Islands.", "sovereignty-and-disputes"],
    [
      "en",
      "The central banks signed a memorandum on support for small and medium-sized enterprises.",
      "economy-trade-investment",
    ],
    [
      "fr",
      "Un mémorandum lie les banques centrales et les agences des petites et moyennes entreprises.",
      "economy-trade-investment",
    ],
    ["es", "Los bancos centrales firmaron un memorando de apoyo a las pymes.", "economy-trade-investment"],
    [
      "pt",
      "Os bancos centrais assinaram um memorando de apoio às pequenas e médias empresas.",
      "economy-trade-investment",
    ],
    [
      "it",
      "Le banche centrali hanno firmato un memorandum a sostegno delle piccole e medie imprese.",
      "economy-trade-investment",
    ],
    ["ru", "Центральные банки подписали меморандум о поддержке малого и среднего бизнеса.", "economy-trade-investment"],
    [
      "de",
      "Die Zentralbanken unterzeichneten ein Memorandum zur Förderung kleiner und mittlerer Unternehmen.",
      "economy-trade-investment",
    ],
    ["ar", "ووقع البنك المركزي مذكرة لدعم المشروعات الصغيرة والمتوسطة.", "economy-trade-investment"],
    ["de", "Ein Abkommen über gegenseitige Visumbefreiung für Inhaber gewöhnlicher Pässe.", "mobility-consular"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: a meeting of leaders is political dialogue", () => {
  // FICTIONAL leads written for these tests: an office and a meeting word, and no word of political dialogue.
  it.for([
    ["en", "President Ruto received the Prime Minister of Fiji in Nairobi on Monday."],
    ["fr", "Le président sénégalais a rencontré lundi à Dakar le Premier ministre gambien."],
    ["es", "El presidente chileno se reunió el lunes en Santiago con el primer ministro peruano."],
    ["pt", "O Presidente angolano recebeu na segunda-feira, em Luanda, o primeiro-ministro português."],
    ["it", "La presidente del Consiglio ha incontrato lunedì a Roma il primo ministro britannico."],
    ["ru", "Президент Казахстана провел встречу с премьер-министром Узбекистана в Астане."],
    ["de", "Der Bundeskanzler trifft am Montag in Warschau den polnischen Ministerpräsidenten."],
    ["ar", "استقبل الرئيس المصري يوم الاثنين في القاهرة رئيس الوزراء السوداني."],
  ] as const)("in the lead (%s)", ([lang, lead], { expect }) => {
    expect(sectorsIn(lang, `${lead} The weather was fine.`)).toEqual(["political-dialogue"]);
  });

  // FICTIONAL leads: the leaders hold or co-chair a summit, a presidential council or a binational cabinet of the
  // two countries, with no other meeting word.
  it.for([
    ["en", "The two prime ministers will co-chair the third bilateral summit in Accra on Friday."],
    ["en", "President Boric and President Arce took part in the binational cabinet in Arica on Monday."],
    [
      "fr",
      "Le président malien va coprésider avec son homologue nigérien le conseil présidentiel qui s'ouvre à Niamey.",
    ],
    ["es", "Los presidentes de Ecuador y Colombia participaron en el V Gabinete Binacional en Quito."],
    ["pt", "Os primeiros-ministros dos dois países presidem no sábado, em Bissau, à III Cimeira bilateral."],
    [
      "it",
      "Il presidente del Consiglio e il primo ministro sloveno copresiedono a Trieste il vertice intergovernativo.",
    ],
    ["ru", "Президенты двух стран провели в Бишкеке первый двусторонний саммит."],
    ["de", "Der Bundeskanzler und der französische Präsident eröffnen in Metz den bilateralen Gipfel."],
    ["ar", "يترأس رئيسا الوزراء في الرباط القمة الثنائية الثالثة بين البلدين."],
  ] as const)("from a summit, council or cabinet of the leaders (%s: %s)", ([lang, lead], { expect }) => {
    expect(sectorsIn(lang, `${lead} The weather was fine.`)).toContain("political-dialogue");
  });

  it("from the title, and from a named leader in office", ({ expect }) => {
    const title = prepare("Le Premier ministre reçoit son homologue");
    const text = "La rencontre a eu lieu au palais. Le temps était beau.";
    const slugs = (t?: ReturnType<typeof prepare>, options = {}) =>
      findSectors(prepare(text), t, undefined, { language: "fr", ...options }).sectors.map((s) => s.slug);
    expect(slugs(title)).toEqual(["political-dialogue"]);
    const lead = "Merz trifft Tusk in Warschau. Das Wetter war schön.";
    const named = { start: 0, end: 4, text: "Merz" };
    expect(
      findSectors(prepare(lead), undefined, undefined, { language: "de", officials: [{ span: named }] }).sectors.map(
        (s) => s.slug,
      ),
    ).toEqual(["political-dialogue"]);
  });

  it.for([
    ["en", "The agriculture minister met farmers in Nakuru on Monday. The weather was fine."],
    ["en", "Former President Kenyatta visited a school on Monday. The weather was fine."],
    [
      "fr",
      "Les ministres de l'agriculture des deux pays se sont réunis lundi à Dakar pour parler des récoltes de la saison des pluies. Plus tard, le président a reçu des élèves.",
    ],
  ] as const)(
    "not from a minister of another field, a former office or a meeting outside the lead (%s: %s)",
    ([lang, text], { expect }) => {
      expect(sectorsIn(lang, text)).not.toContain("political-dialogue");
    },
  );
});

describe("findSectors: a cue announces every item of the list after it", () => {
  // FICTIONAL sentences written for these tests: the sector word is the third item after the cue, beyond its reach,
  // in a sentence after the lead (three short neutral sentences make the lead).
  const afterLead = (lang: keyof typeof LEAD, sentence: string) =>
    sectorsIn(lang, `${LEAD[lang]} ${LEAD[lang]} ${LEAD[lang]} ${sentence}`);
  it.for([
    ["en", "They discussed the preparation of the next summit, the calendar of future meetings and aid to the army."],
    [
      "fr",
      "Ils ont évoqué la préparation du prochain sommet, le calendrier des prochaines rencontres et l'aide à l'armée.",
    ],
    ["es", "Abordaron la preparación de la próxima cumbre, el calendario de las reuniones y la ayuda al ejército."],
    ["pt", "Abordaram a preparação da próxima cimeira, o calendário dos encontros e a ajuda ao exército."],
    [
      "it",
      "Hanno affrontato la preparazione del prossimo vertice, il calendario degli incontri e l'aiuto all'esercito.",
    ],
    ["ru", "Стороны обсудили подготовку следующего саммита, график предстоящих встреч и помощь армии."],
    [
      "de",
      "Sie besprachen die Vorbereitung des nächsten Gipfels, den Zeitplan der kommenden Treffen und die Hilfe für die Armee.",
    ],
    ["ar", "وناقش الجانبان التحضير للقمة المقبلة، وجدول الزيارات المقبلة، ودعم الجيش."],
  ] as const)("%s", ([lang, sentence], { expect }) => {
    expect(afterLead(lang, sentence)).toContain("security-defence");
  });

  it.for([
    [
      "en",
      "It was signed by the Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates residing abroad, on the sidelines of the UN General Assembly.",
    ],
    [
      "fr",
      "Les autres accords ont été signés par le ministre des Affaires maghrébines, de l'Union africaine et de la Ligue arabe, Karim Fixture.",
    ],
  ] as const)("not along a minister's title (%s)", ([lang, sentence], { expect }) => {
    expect(afterLead(lang, sentence)).not.toContain("multilateral");
  });

  // FICTIONAL: a title that lists its portfolios, told twice, says what the minister runs, not what was discussed.
  it.for([
    ["en", "the Minister of Foreign Affairs, Trade and Tourism", "culture-people"],
    ["fr", "le ministre des Affaires étrangères, de la Coopération et des Sports", "culture-people"],
    ["es", "el ministro de Relaciones Exteriores, Comercio y Culto", "economy-trade-investment"],
  ] as const)("no weight from a title's later portfolios (%s)", ([lang, title, slug], { expect }) => {
    expect(sectorsIn(lang, afterLongLead(lang, `${title}. ${title}.`))).not.toContain(slug);
  });

  it.for([
    [
      "en",
      "Prime Minister Rabuka said the memorandum widens cooperation in fields including tourism, agriculture, customs and public works.",
      "agriculture-food-security",
    ],
    ["en", "The ministers of Ghana and Kenya discussed trade, health and tourism.", "health"],
    ["fr", "Les ministres du Bénin et du Togo ont évoqué le commerce, la santé et le tourisme.", "health"],
    ["es", "Los ministros de Perú y Chile abordaron el comercio, la salud y el turismo.", "health"],
  ] as const)(
    "still reads areas listed after ministers, which are no portfolios (%s)",
    ([lang, text, slug], { expect }) => {
      expect(sectorsIn(lang, afterLongLead(lang, text))).toContain(slug);
    },
  );

  it("not past a long stretch that is no list", ({ expect }) => {
    const sentence =
      "They discussed the situation that has prevailed in the region since the end of the long and bitter quarrel over the army.";
    expect(afterLead("en", sentence)).not.toContain("security-defence");
  });
});

describe("findSectors: a list that a cue of areas closes", () => {
  // FICTIONAL sentences written for these tests: the list comes first and the word of areas after it.
  const afterLead = (lang: keyof typeof LEAD, sentence: string) =>
    sectorsIn(lang, `${LEAD[lang]} ${LEAD[lang]} ${LEAD[lang]} ${sentence}`);
  it.for([
    [
      "en",
      "Civil aviation, legal training, public administration, youth entrepreneurship and statistics were the areas covered.",
    ],
    [
      "fr",
      "L'aviation civile, la formation juridique, l'administration publique, l'entrepreneuriat et la statistique sont les domaines retenus.",
    ],
    [
      "pt",
      "Aviação civil, formação jurídica, administração pública, empreendedorismo e estatística foram as áreas visadas.",
    ],
    [
      "es",
      "Aviación civil, formación jurídica, administración pública, emprendimiento y estadística fueron los ámbitos elegidos.",
    ],
    [
      "it",
      "Aviazione civile, formazione giuridica, amministrazione pubblica, imprenditorialità e statistica sono i settori scelti.",
    ],
  ] as const)("%s", ([lang, sentence], { expect }) => {
    expect(afterLead(lang, sentence)).toContain("transport-logistics");
  });
});
