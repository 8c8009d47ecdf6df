import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

// FICTIONAL sentences written for these tests. The lead names two countries and a signing, no field at all, so a
// sector can only come from the rule under test; the mention stands later in the text, once.
const LEAD = {
  en: "Two delegations signed three documents on Tuesday. The ceremony lasted an hour.",
  fr: "Deux délégations ont signé trois documents mardi. La cérémonie a duré une heure.",
  es: "Dos delegaciones firmaron tres documentos el martes. La ceremonia duró una hora.",
  pt: "Duas delegações assinaram três documentos na terça-feira. A cerimónia durou uma hora.",
  it: "Due delegazioni hanno firmato tre documenti martedì. La cerimonia è durata un'ora.",
  ru: "Две делегации подписали во вторник три документа. Церемония длилась час.",
  de: "Zwei Delegationen unterzeichneten am Dienstag drei Dokumente. Die Zeremonie dauerte eine Stunde.",
  ar: "وقع وفدان يوم الثلاثاء ثلاث وثائق. واستمر الحفل ساعة.",
} as const;
type Lang = keyof typeof LEAD;
const later = (lang: Lang, sentence: string) => sectorsIn(lang, `${LEAD[lang]} ${sentence}`);

describe("findSectors: what the meeting is gives its sector, wherever the report says it", () => {
  it.for([
    ["en", "The president arrived on Monday for a three-day state visit."],
    ["fr", "Le président a entamé lundi une visite d'Etat de trois jours."],
    ["es", "El presidente inició el lunes una visita de Estado de tres días."],
    ["pt", "O Presidente iniciou na segunda-feira uma visita de Estado de três dias."],
    ["it", "Il presidente ha iniziato lunedì una visita di Stato di tre giorni."],
    ["ru", "Президент прибыл в понедельник с трехдневным государственным визитом."],
    ["de", "Der Präsident kam am Montag zu einem dreitägigen Staatsbesuch an."],
    ["ar", "وبدأ الرئيس يوم الاثنين زيارة دولة تستغرق ثلاثة أيام."],
  ] as const)("a state visit is political dialogue (%s)", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("political-dialogue");
  });

  it.for([
    ["en", "A business forum gathered companies of both countries."],
    ["fr", "Un forum d'affaires a réuni des sociétés des deux pays."],
    ["es", "Un foro empresarial reunió a compañías de ambos países."],
    ["pt", "Um fórum empresarial reuniu companhias dos dois países."],
    ["it", "Un forum imprenditoriale ha riunito società dei due paesi."],
    ["ru", "Бизнес-форум собрал компании двух стран."],
    ["de", "Ein Wirtschaftsforum brachte Firmen beider Länder zusammen."],
    ["ar", "وجمع منتدى الأعمال شركات من البلدين."],
  ] as const)("a business forum is the economy (%s)", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("economy-trade-investment");
  });

  it.for([
    ["en", "Last year trade between them reached 2.4 billion dollars."],
    ["fr", "L'an dernier, leurs échanges ont atteint 2,4 milliards de dollars."],
    ["es", "El año pasado el comercio entre ambos alcanzó 2.400 millones de dólares."],
    ["pt", "No ano passado, as exportações somaram 2,4 mil milhões de euros."],
    ["it", "L'anno scorso l'interscambio ha raggiunto 2,4 miliardi di euro."],
    ["ru", "В прошлом году товарооборот составил 2,4 млрд долларов."],
    ["de", "Im vergangenen Jahr erreichte der Handel 2,4 Milliarden Euro."],
    ["ar", "وبلغ حجم التبادل التجاري العام الماضي 2.4 مليار دولار."],
  ] as const)("a trade figure is the economy (%s)", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("economy-trade-investment");
  });

  it.for([
    ["en", "The volume of bilateral trade is growing."],
    ["fr", "Le volume des échanges commerciaux progresse."],
    ["es", "El volumen del intercambio comercial crece."],
    ["pt", "O volume de comércio bilateral cresce."],
    ["it", "Il volume dell'interscambio commerciale cresce."],
    ["ru", "Объем двусторонней торговли растет."],
    ["de", "Das bilaterale Handelsvolumen wächst."],
    ["ar", "ويتزايد حجم التبادل التجاري."],
  ] as const)("the volume of trade is the economy (%s)", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("economy-trade-investment");
  });

  it("a figure beside another field's word, or a passing word, gives no sector", ({ expect }) => {
    expect(later("en", "The new hospital cost 40 million dollars.")).not.toContain("economy-trade-investment");
    expect(later("en", "The president spoke of security at the dinner.")).toEqual([]);
    expect(later("fr", "Le président a cité la sécurité au dîner.")).toEqual([]);
  });
});

describe("findSectors: general words of each field the lexicons lacked", () => {
  // FICTIONAL leads, one field's word each.
  it.for([
    [
      "en",
      "The ministers signed a memorandum on veterinary services and animal husbandry.",
      "agriculture-food-security",
    ],
    ["fr", "Les ministres ont signé un mémorandum sur les services vétérinaires.", "agriculture-food-security"],
    ["es", "Los ministros firmaron un memorando sobre servicios veterinarios.", "agriculture-food-security"],
    ["pt", "Os ministros assinaram um memorando sobre serviços veterinários.", "agriculture-food-security"],
    ["it", "I ministri hanno firmato un memorandum sui servizi veterinari.", "agriculture-food-security"],
    ["ru", "Министры подписали меморандум о ветеринарии и животноводстве.", "agriculture-food-security"],
    [
      "de",
      "Die Minister unterzeichneten eine Erklärung über Veterinärmedizin und Tierhaltung.",
      "agriculture-food-security",
    ],
    ["ar", "ووقع الوزيران مذكرة حول الخدمات البيطرية.", "agriculture-food-security"],
    ["en", "The two governments agreed on a line of credit and budget support.", "economy-trade-investment"],
    ["fr", "Les deux gouvernements ont conclu une ligne de crédit et un appui budgétaire.", "economy-trade-investment"],
    ["es", "Los dos gobiernos acordaron una línea de crédito y un apoyo presupuestario.", "economy-trade-investment"],
    ["pt", "Os dois governos acordaram uma linha de crédito e um apoio orçamental.", "economy-trade-investment"],
    [
      "it",
      "I due governi hanno concordato una linea di credito e il sostegno al bilancio.",
      "economy-trade-investment",
    ],
    ["ru", "Правительства договорились о кредитной линии и бюджетной поддержке.", "economy-trade-investment"],
    ["de", "Die Regierungen vereinbarten eine Kreditlinie und Budgethilfe.", "economy-trade-investment"],
    ["ar", "واتفقت الحكومتان على خط ائتمان ودعم الميزانية.", "economy-trade-investment"],
    ["en", "The delegations reviewed the maritime boundaries of both states.", "sovereignty-and-disputes"],
    ["fr", "Les délégations ont examiné la frontière maritime des deux États.", "sovereignty-and-disputes"],
    ["es", "Las delegaciones revisaron los límites marítimos de ambos Estados.", "sovereignty-and-disputes"],
    ["pt", "As delegações reviram a fronteira marítima dos dois Estados.", "sovereignty-and-disputes"],
    ["it", "Le delegazioni hanno esaminato il confine marittimo dei due Stati.", "sovereignty-and-disputes"],
    ["ru", "Делегации обсудили морскую границу двух государств.", "sovereignty-and-disputes"],
    ["de", "Die Delegationen erörterten die Seegrenze der beiden Staaten.", "sovereignty-and-disputes"],
    ["ar", "وبحث الوفدان الحدود البحرية بين الدولتين.", "sovereignty-and-disputes"],
    ["en", "The ministers marked forty years of the peace treaty.", "sovereignty-and-disputes"],
    ["fr", "Les ministres ont célébré les quarante ans du traité de paix.", "sovereignty-and-disputes"],
    ["es", "Los cancilleres recordaron los cuarenta años del Tratado de Paz.", "sovereignty-and-disputes"],
    ["pt", "Os ministros assinalaram os quarenta anos do tratado de paz.", "sovereignty-and-disputes"],
    ["it", "I ministri hanno ricordato i quarant'anni del trattato di pace.", "sovereignty-and-disputes"],
    ["ru", "Министры отметили сорокалетие мирного договора.", "sovereignty-and-disputes"],
    ["de", "Die Minister erinnerten an vierzig Jahre Friedensvertrag.", "sovereignty-and-disputes"],
    ["ar", "واحتفل الوزيران بمرور أربعين عاما على معاهدة السلام.", "sovereignty-and-disputes"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: more general words of each field", () => {
  // FICTIONAL leads, one field's word each: critical minerals and machine building are industry (the economy),
  // demining, peacekeeping and drug or human trafficking are security, readmission and migrant workers are mobility,
  // support for a candidacy in an international body is multilateral coordination.
  it.for([
    ["en", "The ministers signed a memorandum on critical minerals.", "economy-trade-investment"],
    ["fr", "Les ministres ont signé un mémorandum sur les minerais critiques.", "economy-trade-investment"],
    ["es", "Los ministros firmaron un memorando sobre minerales críticos.", "economy-trade-investment"],
    ["pt", "Os ministros assinaram um memorando sobre minerais críticos.", "economy-trade-investment"],
    ["it", "I ministri hanno firmato un memorandum sulle materie prime critiche.", "economy-trade-investment"],
    ["ru", "Министры подписали меморандум о критически важных минералах и машиностроении.", "economy-trade-investment"],
    ["de", "Die Minister unterzeichneten eine Erklärung über kritische Rohstoffe.", "economy-trade-investment"],
    ["ar", "ووقع الوزيران مذكرة حول المعادن الحرجة.", "economy-trade-investment"],
    ["en", "The army engineers will help with humanitarian demining.", "security-defence"],
    ["fr", "Les deux pays coopéreront au déminage humanitaire.", "security-defence"],
    ["es", "Ambos países cooperarán en el desminado humanitario.", "security-defence"],
    ["pt", "Os dois países vão cooperar na desminagem humanitária.", "security-defence"],
    ["it", "I due paesi coopereranno nello sminamento umanitario.", "security-defence"],
    ["ru", "Страны будут сотрудничать в гуманитарном разминировании.", "security-defence"],
    ["de", "Beide Länder arbeiten bei der humanitären Minenräumung zusammen.", "security-defence"],
    ["ar", "وسيتعاون البلدان في إزالة الألغام.", "security-defence"],
    ["en", "The ministers discussed peacekeeping missions and drug trafficking.", "security-defence"],
    ["fr", "Les ministres ont évoqué le maintien de la paix et le trafic de drogue.", "security-defence"],
    ["es", "Los ministros hablaron del mantenimiento de la paz y de la trata de personas.", "security-defence"],
    ["pt", "Os ministros falaram da manutenção da paz e do tráfico de drogas.", "security-defence"],
    ["it", "I ministri hanno parlato del mantenimento della pace e del traffico di droga.", "security-defence"],
    ["ru", "Министры обсудили миротворческие операции и торговлю людьми.", "security-defence"],
    ["de", "Die Minister sprachen über Friedenssicherung und Drogenhandel.", "security-defence"],
    ["ar", "وبحث الوزيران عمليات حفظ السلام وتهريب المخدرات.", "security-defence"],
    ["en", "The ministers signed a readmission agreement on migrant workers.", "mobility-consular"],
    ["fr", "Les ministres ont signé un accord de réadmission.", "mobility-consular"],
    ["es", "Los ministros firmaron un acuerdo de readmisión.", "mobility-consular"],
    ["pt", "Os ministros assinaram um acordo de readmissão.", "mobility-consular"],
    ["it", "I ministri hanno firmato un accordo di riammissione.", "mobility-consular"],
    ["ru", "Министры подписали соглашение о реадмиссии.", "mobility-consular"],
    ["de", "Die Minister unterzeichneten ein Rückübernahmeabkommen.", "mobility-consular"],
    ["ar", "ووقع الوزيران اتفاقية إعادة القبول.", "mobility-consular"],
    ["en", "Each side will support the other's candidacy in international bodies.", "multilateral"],
    ["fr", "Chaque partie soutiendra la candidature de l'autre.", "multilateral"],
    ["es", "Cada parte apoyará la candidatura de la otra.", "multilateral"],
    ["pt", "Cada parte apoiará a candidatura da outra.", "multilateral"],
    ["it", "Ciascuna parte sosterrà la candidatura dell'altra.", "multilateral"],
    ["ru", "Стороны поддержат кандидатуры друг друга.", "multilateral"],
    ["de", "Beide Seiten unterstützen die Kandidatur der anderen.", "multilateral"],
    ["ar", "ويدعم كل طرف ترشيح الطرف الآخر.", "multilateral"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: the field's words for goods, places and people", () => {
  // FICTIONAL leads: phytosanitary rules, forestry, meat and dairy are agriculture; emissions and decarbonisation are
  // climate; freight and cargo are transport; epidemics and diseases are health; scholarships and archives are
  // culture; satellites are science; pilgrims and churches are religion; tariffs and joint ventures are the economy.
  it.for([
    ["en", "The ministers agreed on phytosanitary rules for fruit exports.", "agriculture-food-security"],
    ["fr", "Les ministres ont harmonisé les normes phytosanitaires.", "agriculture-food-security"],
    ["es", "Los ministros acordaron normas fitosanitarias.", "agriculture-food-security"],
    ["pt", "Os ministros acordaram normas fitossanitárias.", "agriculture-food-security"],
    ["it", "I ministri hanno concordato norme fitosanitarie.", "agriculture-food-security"],
    ["ru", "Министры согласовали фитосанитарные требования.", "agriculture-food-security"],
    ["de", "Die Minister einigten sich auf phytosanitäre Regeln.", "agriculture-food-security"],
    ["ar", "واتفق الوزيران على قواعد الصحة النباتية.", "agriculture-food-security"],
    ["en", "Exports of beef and dairy products will resume.", "agriculture-food-security"],
    ["fr", "Les exportations de viande bovine et de volaille reprendront.", "agriculture-food-security"],
    ["ru", "Возобновятся поставки мяса и молочной продукции.", "agriculture-food-security"],
    ["de", "Die Lieferungen von Fleisch und Milchprodukten werden wieder aufgenommen.", "agriculture-food-security"],
    ["es", "El convenio cubre la gestión forestal.", "agriculture-food-security"],
    ["pt", "O acordo abrange a gestão florestal.", "agriculture-food-security"],
    ["en", "Both countries pledged to cut emissions.", "energy-climate"],
    ["it", "I due paesi si impegnano sulla decarbonizzazione.", "energy-climate"],
    ["ar", "وتعهد البلدان بخفض الانبعاثات.", "energy-climate"],
    ["en", "A new freight service will carry cargo twice a week.", "transport-logistics"],
    ["en", "The ministers discussed the fight against epidemics.", "health"],
    ["fr", "Les ministres ont évoqué la lutte contre les épidémies.", "health"],
    ["es", "Los ministros hablaron de la lucha contra las enfermedades.", "health"],
    ["en", "The government will offer one hundred scholarships.", "culture-people"],
    ["es", "El gobierno ofrecerá cien becas.", "culture-people"],
    ["ru", "Правительство выделит сто стипендий.", "culture-people"],
    ["pt", "Os arquivos nacionais assinaram um acordo.", "culture-people"],
    ["it", "Le due agenzie lanceranno un satellite.", "science-technology"],
    ["de", "Die beiden Agenturen bauen einen Satelliten.", "science-technology"],
    ["en", "The ministers discussed the quota of pilgrims.", "religion"],
    ["ar", "وبحث الوزيران حصة الحجاج.", "religion"],
    ["ru", "Паломники посетят монастырь.", "religion"],
    ["it", "Il patriarca ha visitato la chiesa.", "religion"],
    ["en", "The ministers agreed to lower tariffs.", "economy-trade-investment"],
    ["fr", "Les ministres ont annoncé une coentreprise.", "economy-trade-investment"],
    ["es", "Los ministros acordaron reducir los aranceles.", "economy-trade-investment"],
    ["de", "Die Minister vereinbarten niedrigere Zölle und ein Joint Venture.", "economy-trade-investment"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });

  it("a fruitful meeting is no fruit and a building bridge is no road", ({ expect }) => {
    expect(sectorsIn("en", "The leaders held fruitful talks on building bridges.")).not.toContain(
      "agriculture-food-security",
    );
  });
});

describe("findSectors: page noise is no evidence", () => {
  // FICTIONAL page: the story names no field; the link list under a noise heading names several.
  it.for([
    ["en", "Latest stories", "Two states sign a road freight accord\nTwo more plan a new rail link"],
    ["fr", "Lire aussi", "Deux pays signent un accord de fret routier\nDeux autres lancent une liaison ferroviaire"],
  ] as const)("a link list under a noise heading gives no sector (%s)", ([lang, heading, links], { expect }) => {
    const text = `${LEAD[lang]}\n${heading}\n${links}`;
    expect(sectorsIn(lang, text)).not.toContain("transport-logistics");
  });
});

describe("findSectors: compounds and inflections", () => {
  // FICTIONAL leads: German compounds headed by a field's word, Arabic adjectives in their feminine form.
  it.for([
    ["de", "Die Minister sprachen über eine Wasserstoffpartnerschaft.", "energy-climate"],
    ["de", "Die Erdgaslieferungen sollen steigen.", "energy-climate"],
    ["de", "Die Minister erörterten Migrationsfragen.", "mobility-consular"],
    ["de", "Die Polizeikooperation soll wachsen.", "security-defence"],
    ["de", "Die Getreideexporte sollen steigen.", "agriculture-food-security"],
    ["de", "Die Minister eröffneten ein Forschungszentrum.", "science-technology"],
    ["de", "Ein neues Hafenprojekt wurde vorgestellt.", "transport-logistics"],
    ["de", "Die Tourismuskooperation soll wachsen.", "culture-people"],
    ["ar", "وبحث الوزيران المشاريع السياحية.", "culture-people"],
    ["ar", "وبحث الوزيران المشاريع النفطية.", "energy-climate"],
    ["ar", "وبحث الوزيران الموارد المائية والمشاريع المائية.", "energy-climate"],
    ["ar", "وبحث الوزيران الصناعات الدفاعية.", "security-defence"],
    ["ar", "وبحث الوزيران المناهج التعليمية.", "culture-people"],
    ["ar", "وبحث الوزيران البعثات العلمية.", "science-technology"],
    ["ar", "وبحث الوزيران تطوير الخطوط الجوية.", "transport-logistics"],
    ["ar", "وبحث الوزيران الأنشطة الرياضية.", "culture-people"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });

  it("a guest is no gas", ({ expect }) => {
    expect(sectorsIn("de", "Der Gastgeber empfing seine Gäste.")).not.toContain("energy-climate");
  });
});

describe("findSectors: the words of diplomacy", () => {
  // FICTIONAL leads: the head of a country's diplomacy, its foreign ministry, a treaty of friendship and an
  // ambassador's credentials are political dialogue.
  it.for([
    ["en", "The foreign ministry said the talks would resume.", "political-dialogue"],
    ["en", "The new ambassador presented his credentials to the president.", "political-dialogue"],
    ["fr", "Le chef de la diplomatie a reçu son homologue.", "political-dialogue"],
    ["fr", "Les deux pays ont signé un traité d'amitié.", "political-dialogue"],
    ["es", "El jefe de la diplomacia viajó a la capital vecina.", "political-dialogue"],
    ["es", "La Cancillería informó de la firma.", "political-dialogue"],
    ["pt", "O chefe da diplomacia viajou para a capital vizinha.", "political-dialogue"],
    ["pt", "O embaixador entregou as cartas credenciais ao presidente.", "political-dialogue"],
    ["it", "Il capo della diplomazia ha ricevuto il collega.", "political-dialogue"],
    ["it", "I due paesi hanno firmato un trattato di amicizia.", "political-dialogue"],
    ["ru", "Внешнеполитическое ведомство сообщило о подписании.", "political-dialogue"],
    ["ru", "Посол вручил верительные грамоты президенту.", "political-dialogue"],
    ["de", "Der Chefdiplomat empfing seinen Amtskollegen.", "political-dialogue"],
    ["de", "Beide Länder unterzeichneten einen Freundschaftsvertrag.", "political-dialogue"],
    ["ar", "وأعلنت وزارة الخارجية توقيع الاتفاق.", "political-dialogue"],
    ["ar", "وقدم السفير أوراق اعتماده إلى الرئيس.", "political-dialogue"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: an instrument's subject is a mention of its sector", () => {
  // FICTIONAL sentences after a neutral lead: a memorandum or protocol whose parties or subject name the field.
  it.for([
    ["en", "A memorandum between the two health ministries was also signed."],
    ["fr", "Un mémorandum entre les deux ministères de la santé a aussi été signé."],
    ["es", "También se firmó un memorando entre los ministerios de salud."],
    ["pt", "Foi também assinado um memorando entre os ministérios da saúde."],
    ["it", "È stato firmato anche un memorandum tra i ministeri della salute."],
    ["ru", "Также подписан меморандум между министерствами здравоохранения."],
    ["de", "Außerdem wurde ein Memorandum der beiden Gesundheitsministerien unterzeichnet."],
    ["ar", "كما وقعت مذكرة تفاهم بين وزارتي الصحة في البلدين."],
  ] as const)("a memorandum of the health ministries is health (%s)", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("health");
  });
});

describe("findSectors: leaders who discuss are in talks", () => {
  // FICTIONAL leads: two leaders and a verb of discussion, no other meeting word and no word of political dialogue.
  it.for([
    ["en", "The presidents of the two countries discussed a new pipeline on Monday."],
    ["fr", "Les présidents des deux pays ont discuté lundi d'un nouveau gazoduc."],
    ["es", "Los presidentes de ambos países abordaron el lunes un nuevo gasoducto."],
    ["pt", "Os presidentes dos dois países discutiram na segunda-feira um novo gasoduto."],
    ["it", "Il presidente italiano ha discusso lunedì con il collega di un nuovo gasdotto."],
    ["ru", "Президенты двух стран обсудили в понедельник строительство газопровода."],
    ["de", "Die Präsidenten beider Länder besprachen am Montag eine neue Pipeline."],
    ["ar", "بحث رئيسا البلدين يوم الاثنين إنشاء خط أنابيب جديد."],
  ] as const)("%s", ([lang, lead], { expect }) => {
    expect(sectorsIn(lang, `${lead} The weather was fine.`)).toContain("political-dialogue");
  });
});

describe("findSectors: words of waterways, weapons, industry and schools", () => {
  // FICTIONAL leads, one field's word each.
  it.for([
    ["en", "The commission will oversee the dredging of the waterway for vessels.", "transport-logistics"],
    ["fr", "La commission supervisera le dragage de la voie navigable.", "transport-logistics"],
    ["es", "La comisión supervisará el dragado del canal para la navegación de buques.", "transport-logistics"],
    ["pt", "A comissão vai supervisionar a dragagem da hidrovia.", "transport-logistics"],
    ["it", "La commissione seguirà il dragaggio per la navigazione delle navi.", "transport-logistics"],
    ["ar", "وستشرف اللجنة على تطوير الملاحة في القناة.", "transport-logistics"],
    ["en", "The two leaders pledged to fight arms trafficking.", "security-defence"],
    ["es", "Los dos presidentes se comprometieron a combatir el tráfico de armas.", "security-defence"],
    ["fr", "Les deux présidents luttent contre le trafic d'armes.", "security-defence"],
    ["it", "I due presidenti contrastano il traffico di armi.", "security-defence"],
    ["ru", "Президенты договорились бороться с незаконным оборотом оружия.", "security-defence"],
    ["ar", "واتفق الرئيسان على مكافحة تهريب الأسلحة.", "security-defence"],
    ["en", "The ministers discussed semiconductors and supply chains.", "science-technology"],
    ["it", "I ministri hanno discusso di semiconduttori.", "science-technology"],
    ["de", "Die Minister sprachen über Halbleiter.", "science-technology"],
    ["ru", "Министры обсудили производство полупроводников.", "science-technology"],
    ["it", "I ministri hanno discusso delle catene di approvvigionamento.", "economy-trade-investment"],
    ["es", "Los ministros hablaron de la industria automotriz.", "economy-trade-investment"],
    ["de", "Die Minister sprachen über Lieferketten.", "economy-trade-investment"],
    ["de", "Die Minister vereinbarten einen Schüleraustausch und die Lehrerausbildung.", "culture-people"],
    ["de", "Beide Länder wollen grünen Ammoniak produzieren.", "energy-climate"],
    ["en", "Both countries will produce green ammonia.", "energy-climate"],
    ["fr", "Les deux pays produiront de l'ammoniac vert.", "energy-climate"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: words of justice, borders and taxes", () => {
  // FICTIONAL leads: the International Court of Justice is a dispute; extradition, the transfer of sentenced persons
  // and classified information are security; border gates, driving licences and cross-border workers are mobility;
  // taxation is the economy.
  it.for([
    ["en", "The ministers discussed the ruling of the International Court of Justice.", "sovereignty-and-disputes"],
    ["fr", "Les ministres ont évoqué l'arrêt de la Cour internationale de justice.", "sovereignty-and-disputes"],
    ["es", "Los cancilleres hablaron del fallo de la Corte Internacional de Justicia.", "sovereignty-and-disputes"],
    ["ar", "وبحث الوزيران حكم محكمة العدل الدولية.", "sovereignty-and-disputes"],
    ["en", "The ministers signed an extradition treaty.", "security-defence"],
    [
      "pt",
      "Os ministros assinaram um acordo de extradição e de transferência de pessoas condenadas.",
      "security-defence",
    ],
    ["it", "I ministri hanno firmato un trattato di estradizione.", "security-defence"],
    ["de", "Die Minister unterzeichneten ein Auslieferungsabkommen.", "security-defence"],
    ["ru", "Стороны подписали соглашение о взаимной защите секретной информации.", "security-defence"],
    ["es", "Firmaron un tratado de extradición y de asistencia jurídica mutua.", "security-defence"],
    ["en", "The two countries will open a new border gate.", "mobility-consular"],
    ["it", "Accordo sul riconoscimento reciproco delle patenti di guida.", "mobility-consular"],
    ["fr", "Accord sur la reconnaissance mutuelle des permis de conduire.", "mobility-consular"],
    ["de", "Ein neues Abkommen regelt die Lage der Grenzgänger.", "mobility-consular"],
    ["en", "The agreement sets new rules on taxation.", "economy-trade-investment"],
    ["de", "Das Abkommen regelt die Besteuerung neu.", "economy-trade-investment"],
    ["ru", "Соглашение меняет правила налогообложения.", "economy-trade-investment"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: words of crossings, asylum, police, peace and rail", () => {
  // FICTIONAL leads, one field's word each.
  it.for([
    ["fr", "Les deux pays ont rouvert le poste frontalier.", "mobility-consular"],
    ["en", "The ministers discussed asylum seekers and the repatriation of refugees.", "mobility-consular"],
    ["de", "Beide Länder wollen bei der Rückführung von Asylbewerbern zusammenarbeiten.", "mobility-consular"],
    ["es", "Los ministros hablaron de los refugiados y del asilo.", "mobility-consular"],
    ["ru", "Министры обсудили положение беженцев.", "mobility-consular"],
    ["ar", "وبحث الوزيران أوضاع اللاجئين.", "mobility-consular"],
    ["es", "Firmaron un acuerdo de cooperación policial.", "security-defence"],
    ["fr", "Ils ont signé un accord de coopération policière.", "security-defence"],
    ["ru", "Стороны развивают полицейское сотрудничество.", "security-defence"],
    ["en", "The two governments will curb the flow of fentanyl.", "security-defence"],
    ["es", "Los dos gobiernos frenarán el flujo de drogas.", "security-defence"],
    ["fr", "Le message portait sur le processus de paix.", "sovereignty-and-disputes"],
    ["en", "The envoy briefed the president on the peace process.", "sovereignty-and-disputes"],
    ["ru", "Стороны обсудили мирный процесс.", "sovereignty-and-disputes"],
    ["es", "Ambos gobiernos celebraron la Reunión de Alto Nivel.", "political-dialogue"],
    ["fr", "Les deux gouvernements ont tenu une réunion de haut niveau.", "political-dialogue"],
    [
      "pt",
      "Os dois países vão reabilitar a linha férrea e construir uma central hidroeléctrica.",
      "transport-logistics",
    ],
    ["pt", "A central hidroeléctrica vai abastecer as duas cidades.", "energy-climate"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });
});

describe("findSectors: border crossings, armed groups, and sugar that is no Sahara", () => {
  // FICTIONAL leads.
  it.for([
    ["ru", "Стороны договорились об упрощении пересечения границы.", "mobility-consular"],
    ["es", "Ambos países facilitarán el cruce fronterizo.", "mobility-consular"],
    ["de", "Beide Länder wollen den Grenzübertritt erleichtern.", "mobility-consular"],
    ["de", "Beide Länder wollen die EU-Außengrenzen schützen.", "security-defence"],
    ["fr", "Les deux armées luttent contre Boko Haram.", "security-defence"],
    ["en", "The two leaders discussed the fight against Daesh.", "security-defence"],
    ["ar", "وبحث الطرفان مكافحة تنظيم داعش.", "security-defence"],
    ["ru", "Стороны обсудили борьбу с ИГИЛ.", "security-defence"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).toContain(slug);
  });

  it("Russian sugar and the Sahel are no Western Sahara", ({ expect }) => {
    expect(sectorsIn("ru", "Стороны обсудили поставки сахара и ситуацию в Сахаро-Сахельском регионе.")).not.toContain(
      "sovereignty-and-disputes",
    );
    expect(sectorsIn("ru", "Стороны обсудили вопрос Западной Сахары.")).toContain("sovereignty-and-disputes");
  });
});

describe("findSectors: a portal, a portrait or a portfolio is no port", () => {
  it("reads Russian ports, not words that begin like them", ({ expect }) => {
    expect(sectorsIn("ru", "Об этом сообщает портал. На портрете министр. Портфель проектов растет.")).not.toContain(
      "transport-logistics",
    );
    expect(sectorsIn("ru", "Стороны обсудили развитие портов и портовой инфраструктуры.")).toContain(
      "transport-logistics",
    );
  });
});

describe("findSectors: an investment climate is the economy, not the climate", () => {
  // FICTIONAL leads.
  it.for([
    ["en", "The ministers want to improve the investment climate."],
    ["fr", "Les ministres veulent améliorer le climat des affaires."],
    ["es", "Los ministros quieren mejorar el clima de inversión."],
    ["pt", "Os ministros querem melhorar o clima de negócios."],
    ["it", "I ministri vogliono migliorare il clima degli investimenti."],
    ["ru", "Министры хотят улучшить инвестиционный климат."],
    ["de", "Die Minister wollen das Investitionsklima verbessern."],
    ["ar", "ويريد الوزيران تحسين مناخ الاستثمار."],
  ] as const)("%s", ([lang, text], { expect }) => {
    const got = sectorsIn(lang, text);
    expect(got).toContain("economy-trade-investment");
    expect(got).not.toContain("energy-climate");
  });
});

describe("findSectors: words that put a field at the centre of the talks", () => {
  // FICTIONAL sentences after a neutral lead: attention, focus, priority and review announce the field they name.
  it.for([
    ["en", "Special attention was paid to energy."],
    ["fr", "Une attention particulière a été accordée à l'énergie."],
    ["es", "Se prestó especial atención a la energía."],
    ["pt", "Foi dada especial atenção à energia."],
    ["it", "Al centro dell'incontro l'energia."],
    ["ru", "Особое внимание было уделено энергетике."],
    ["de", "Im Mittelpunkt stand die Energie."],
    ["ar", "وتم إيلاء اهتمام خاص للطاقة."],
  ] as const)("%s", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("energy-climate");
  });
});
