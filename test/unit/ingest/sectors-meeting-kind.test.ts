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

describe("findSectors: the presidency of an international body", () => {
  // FICTIONAL sentences after a neutral lead: support for a country's presidency, chairmanship or candidacy in an
  // international body is multilateral coordination.
  it.for([
    ["en", "Each side backed the other's presidency of the African Union."],
    ["fr", "Chaque pays soutiendra l'autre lors de sa présidence de l'Union africaine."],
    ["es", "Cada país apoyará la presidencia del otro en el G20."],
    ["pt", "Cada país apoiará a presidência do outro nos BRICS."],
    ["it", "Ciascun paese sosterrà la candidatura dell'altro alle Nazioni Unite."],
    ["ru", "Стороны поддержат председательство друг друга в ШОС."],
    ["de", "Beide Seiten unterstützen die Präsidentschaft der anderen in der Afrikanischen Union."],
    ["ar", "ويدعم كل طرف رئاسة الطرف الآخر للاتحاد الإفريقي."],
  ] as const)("%s", ([lang, sentence], { expect }) => {
    expect(later(lang, sentence)).toContain("multilateral");
  });
});
