// Words for the bench's generated articles (bench/articles.mjs). Everything here is written for this project
// and describes invented happenings: real country names, invented outlets, meetings and officials.

/** Real countries for the invented pairs, with the form each language writes inside a sentence. */
export const COUNTRIES = {
  PT: { en: "Portugal", fr: "le Portugal", it: "il Portogallo", ar: "البرتغال" },
  JP: { en: "Japan", fr: "le Japon", it: "il Giappone", ar: "اليابان" },
  CL: { en: "Chile", fr: "le Chili", it: "il Cile", ar: "تشيلي" },
  KE: { en: "Kenya", fr: "le Kenya", it: "il Kenya", ar: "كينيا" },
  NO: { en: "Norway", fr: "la Norvège", it: "la Norvegia", ar: "النرويج" },
  VN: { en: "Vietnam", fr: "le Vietnam", it: "il Vietnam", ar: "فيتنام" },
  SN: { en: "Senegal", fr: "le Sénégal", it: "il Senegal", ar: "السنغال" },
  PE: { en: "Peru", fr: "le Pérou", it: "il Perù", ar: "البيرو" },
};

/** Invented outlets (no real publication is meant). */
export const OUTLETS = [
  "Bench Courier",
  "Steppe Ledger",
  "Atlas Morning",
  "Harbour Dispatch",
  "Meridian Notes",
  "Caravan Review",
  "Littoral Times",
  "Crossroads Wire",
];

/** Topics for the invented pairs: what the two governments discussed, per language. */
export const TOPICS = {
  en: [
    "fisheries and port services",
    "renewable energy and grid links",
    "university exchanges",
    "customs cooperation",
    "tourism promotion",
    "water management",
  ],
  fr: [
    "la pêche et les services portuaires",
    "les énergies renouvelables",
    "les échanges universitaires",
    "la coopération douanière",
    "la promotion du tourisme",
    "la gestion de l'eau",
  ],
  it: [
    "la pesca e i servizi portuali",
    "le energie rinnovabili",
    "gli scambi universitari",
    "la cooperazione doganale",
    "la promozione del turismo",
    "la gestione dell'acqua",
  ],
  ar: [
    "الصيد البحري والخدمات المينائية",
    "الطاقات المتجددة",
    "التبادل الجامعي",
    "التعاون الجمركي",
    "الترويج السياحي",
    "تدبير الموارد المائية",
  ],
};

/** Report of an invented meeting between countries A and B: lead paragraph first, then the others. */
export const PAIR_REPORT = {
  en: {
    title: (a, b) => `${a} and ${b} agree to widen cooperation`,
    lead: (a, b, t) =>
      `${a} and ${b} agreed on Tuesday to widen their cooperation on ${t}, after a meeting of their foreign ministers.`,
    rest: (a, b, t) => [
      `The ministers said a working group on ${t} would report back within six months.`,
      `Officials from ${a} described the talks as practical; the delegation from ${b} spoke of a new stage in relations.`,
      `Both sides said they would look at direct flights and simpler visa procedures for business travellers.`,
      `Trade between ${a} and ${b} remains modest, and both governments said they hope to double it.`,
      `The next round of talks is expected in the second half of the year.`,
    ],
  },
  fr: {
    title: (a, b) => `${cap(a)} et ${b} veulent élargir leur coopération`,
    lead: (a, b, t) =>
      `${cap(a)} et ${b} sont convenus mardi d'élargir leur coopération dans ${t}, à l'issue d'une réunion de leurs ministres des Affaires étrangères.`,
    rest: (a, b, t) => [
      `Les ministres ont annoncé qu'un groupe de travail consacré à ${t} rendrait ses conclusions dans six mois.`,
      `Les deux délégations ont qualifié les entretiens de concrets et parlé d'une nouvelle étape dans leurs relations.`,
      `Les deux parties étudieront l'ouverture de vols directs et des procédures de visa simplifiées pour les hommes d'affaires.`,
      `Les échanges commerciaux entre ${a} et ${b} restent modestes, et les deux gouvernements espèrent les doubler.`,
      `Le prochain cycle de discussions est attendu au second semestre.`,
    ],
  },
  it: {
    title: (a, b) => `${cap(a)} e ${b} ampliano la cooperazione`,
    lead: (a, b, t) =>
      `${cap(a)} e ${b} hanno deciso martedì di ampliare la cooperazione su ${t}, dopo un incontro tra i ministri degli Esteri.`,
    rest: (a, b, t) => [
      `I ministri hanno detto che un gruppo di lavoro su ${t} presenterà le sue conclusioni entro sei mesi.`,
      `Le due delegazioni hanno definito i colloqui concreti e hanno parlato di una nuova fase nelle relazioni.`,
      `Le parti valuteranno voli diretti e procedure di visto più semplici per chi viaggia per affari.`,
      `Gli scambi commerciali tra ${a} e ${b} restano modesti, e i due governi sperano di raddoppiarli.`,
      `Il prossimo ciclo di colloqui è atteso nella seconda metà dell'anno.`,
    ],
  },
  ar: {
    title: (a, b) => `${a} و${b} تتفقان على توسيع التعاون`,
    lead: (a, b, t) =>
      `اتفقت ${a} و${b} يوم الثلاثاء على توسيع تعاونهما في مجال ${t}، عقب اجتماع وزيري خارجية البلدين.`,
    rest: (a, b, t) => [
      `وأعلن الوزيران أن فريق عمل مخصصا لـ${t} سيقدم خلاصاته في غضون ستة أشهر.`,
      `ووصف الوفدان المباحثات بأنها عملية، وتحدثا عن مرحلة جديدة في العلاقات الثنائية.`,
      `وسيدرس الجانبان فتح رحلات جوية مباشرة وتبسيط إجراءات التأشيرة لرجال الأعمال.`,
      `ولا تزال المبادلات التجارية بين ${a} و${b} متواضعة، ويأمل البلدان في مضاعفتها.`,
      `ومن المنتظر عقد الجولة المقبلة من المباحثات خلال النصف الثاني من السنة.`,
    ],
  },
};

/** Reports about no pair: a market or weather round-up that names no country, per language. */
export const NO_PAIR_REPORT = {
  en: {
    title: () => "Markets close mixed as grain prices ease",
    paragraphs: [
      "Stock markets closed mixed on Wednesday as traders weighed softer grain prices against higher shipping costs.",
      "Wheat futures eased for a third session, while fertiliser makers gained after a strong quarter.",
      "Analysts expect a quiet week ahead, with few company results due before the holiday.",
      "Forecasters warned of heavy rain in coastal areas over the weekend.",
    ],
  },
  fr: {
    title: () => "Les marchés terminent en ordre dispersé, les céréales reculent",
    paragraphs: [
      "Les marchés ont terminé en ordre dispersé mercredi, les investisseurs comparant la baisse des céréales à la hausse du fret.",
      "Le blé a reculé pour la troisième séance, tandis que les producteurs d'engrais ont progressé après un bon trimestre.",
      "Les analystes s'attendent à une semaine calme, avec peu de résultats d'entreprises avant les fêtes.",
      "Les prévisionnistes annoncent de fortes pluies sur les côtes ce week-end.",
    ],
  },
  it: {
    title: () => "Borse contrastate, in calo i prezzi del grano",
    paragraphs: [
      "Le borse hanno chiuso contrastate mercoledì, con gli operatori divisi tra il calo del grano e l'aumento dei noli.",
      "I future sul frumento sono scesi per la terza seduta, mentre i produttori di fertilizzanti hanno guadagnato dopo un buon trimestre.",
      "Gli analisti prevedono una settimana tranquilla, con pochi risultati societari prima delle feste.",
      "I meteorologi avvertono di forti piogge sulle coste nel fine settimana.",
    ],
  },
  ar: {
    title: () => "تباين أداء الأسواق وتراجع أسعار الحبوب",
    paragraphs: [
      "أغلقت أسواق الأسهم على تباين يوم الأربعاء، إذ وازن المتعاملون بين تراجع أسعار الحبوب وارتفاع تكاليف الشحن.",
      "وتراجعت العقود الآجلة للقمح للجلسة الثالثة، في حين ارتفعت أسهم منتجي الأسمدة بعد فصل جيد.",
      "ويتوقع المحللون أسبوعا هادئا، مع قلة نتائج الشركات المنتظرة قبل العطلة.",
      "وحذر خبراء الأرصاد من أمطار غزيرة على المناطق الساحلية خلال نهاية الأسبوع.",
    ],
  },
};

/** One sentence that makes an article unique: a numbered note from the newsroom, per language. */
export const UNIQUE_NOTE = {
  en: (n, who) => `This is dispatch ${n} of our series; ${who} contributed reporting.`,
  fr: (n, who) => `Cette dépêche porte le numéro ${n} de notre série ; ${who} a contribué à ce reportage.`,
  it: (n, who) => `Questo è il dispaccio numero ${n} della nostra serie; ha collaborato ${who}.`,
  ar: (n, who) => `هذه البرقية رقم ${n} من سلسلتنا، وساهم في إعدادها ${who}.`,
};

/** Invented reporters' names for the unique note. */
export const REPORTERS = [
  "A. Benali",
  "M. Serikova",
  "L. Moreau",
  "G. Ricci",
  "S. Haddad",
  "T. Omarov",
  "C. Dubois",
  "F. Conti",
];

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
