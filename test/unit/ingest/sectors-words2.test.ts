import { describe, it } from "vitest";
import { itFindsFields, sectorsIn } from "../../helpers/sectors";

describe("findSectors: the words of diplomacy", () => {
  // FICTIONAL leads: a country's foreign ministry, a treaty of friendship and an
  // ambassador's credentials are political dialogue.
  itFindsFields([
    ["en", "The foreign ministry said the talks would resume.", "political-dialogue"],
    ["en", "The new ambassador presented his credentials to the president.", "political-dialogue"],
    ["fr", "Le chef de la diplomatie a reçu son homologue.", "political-dialogue"],
    ["fr", "Les deux pays ont signé un traité d'amitié.", "political-dialogue"],
    ["es", "La Cancillería informó de la firma.", "political-dialogue"],
    ["pt", "O embaixador entregou as cartas credenciais ao presidente.", "political-dialogue"],
    ["it", "Il capo della diplomazia ha ricevuto il collega.", "political-dialogue"],
    ["it", "I due paesi hanno firmato un trattato di amicizia.", "political-dialogue"],
    ["ru", "Внешнеполитическое ведомство сообщило о подписании.", "political-dialogue"],
    ["ru", "Посол вручил верительные грамоты президенту.", "political-dialogue"],
    ["de", "Der Chefdiplomat empfing seinen Amtskollegen.", "political-dialogue"],
    ["de", "Beide Länder unterzeichneten einen Freundschaftsvertrag.", "political-dialogue"],
    ["ar", "وأعلنت وزارة الخارجية توقيع الاتفاق.", "political-dialogue"],
    ["ar", "وقدم السفير أوراق اعتماده إلى الرئيس.", "political-dialogue"],
  ]);
});

describe("findSectors: words of waterways, weapons, industry and schools", () => {
  // FICTIONAL leads, one field's word each.
  itFindsFields([
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
  ]);
});

describe("findSectors: words of justice, borders and taxes", () => {
  // FICTIONAL leads: the International Court of Justice is a dispute; mutual legal assistance, the transfer of sentenced persons
  // and classified information are security; border gates, driving licences and cross-border workers are mobility;
  // taxation is the economy.
  itFindsFields([
    ["en", "The ministers discussed the ruling of the International Court of Justice.", "sovereignty-and-disputes"],
    ["fr", "Les ministres ont évoqué l'arrêt de la Cour internationale de justice.", "sovereignty-and-disputes"],
    ["es", "Los cancilleres hablaron del fallo de la Corte Internacional de Justicia.", "sovereignty-and-disputes"],
    ["ar", "وبحث الوزيران حكم محكمة العدل الدولية.", "sovereignty-and-disputes"],
    ["en", "The ministers signed a treaty on mutual legal assistance.", "security-defence"],
    [
      "pt",
      "Os ministros assinaram um acordo de extradição e de transferência de pessoas condenadas.",
      "security-defence",
    ],
    ["it", "I ministri hanno firmato un accordo di assistenza giudiziaria.", "security-defence"],
    ["de", "Die Minister unterzeichneten ein Rechtshilfeabkommen.", "security-defence"],
    ["ru", "Стороны подписали соглашение о взаимной защите секретной информации.", "security-defence"],
    ["es", "Firmaron un tratado de extradición y de asistencia jurídica mutua.", "security-defence"],
    ["en", "The two countries will open a new border gate.", "mobility-consular"],
    ["it", "Accordo sul riconoscimento reciproco delle patenti di guida.", "mobility-consular"],
    ["fr", "Accord sur la reconnaissance mutuelle des permis de conduire.", "mobility-consular"],
    ["de", "Ein neues Abkommen regelt die Lage der Grenzgänger.", "mobility-consular"],
    ["en", "The agreement sets new rules on taxation.", "economy-trade-investment"],
    ["de", "Das Abkommen regelt die Besteuerung neu.", "economy-trade-investment"],
    ["ru", "Соглашение меняет правила налогообложения.", "economy-trade-investment"],
  ]);
});

describe("findSectors: words of crossings, asylum, police, peace and rail", () => {
  // FICTIONAL leads, one field's word each.
  itFindsFields([
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
  ]);
});

describe("findSectors: border crossings, armed groups, and sugar that is no Sahara", () => {
  // FICTIONAL leads.
  itFindsFields([
    ["ru", "Стороны договорились об упрощении пересечения границы.", "mobility-consular"],
    ["es", "Ambos países facilitarán el cruce fronterizo.", "mobility-consular"],
    ["de", "Beide Länder wollen den Grenzübertritt erleichtern.", "mobility-consular"],
    ["de", "Beide Länder wollen die EU-Außengrenzen schützen.", "security-defence"],
    ["fr", "Les deux armées luttent contre Boko Haram.", "security-defence"],
    ["en", "The two leaders discussed the fight against Daesh.", "security-defence"],
    ["ar", "وبحث الطرفان مكافحة تنظيم داعش.", "security-defence"],
    ["ru", "Стороны обсудили борьбу с ИГИЛ.", "security-defence"],
  ]);

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

describe("findSectors: migration in its adjective forms", () => {
  // FICTIONAL leads: migratory flows in Italian and French.
  itFindsFields([
    ["it", "Sul tavolo i flussi migratori.", "mobility-consular"],
    ["fr", "Les ministres ont évoqué les flux migratoires.", "mobility-consular"],
    ["en", "The ministers discussed migratory pressure.", "mobility-consular"],
  ]);
});
