/**
 * Instruments a report names one by one in lists (sentences written for this project, one "<lang> <text>" each):
 * - a plural form's items signed by a passive that closes a long clause ("wurden auch Abkommen zur A sowie zur B
 *   unterzeichnet", "agreements on A and on B … were signed"); German "Abkommen" is several after "wurden" or with
 *   no determiner at all ("unterzeichneten am Montag Abkommen über…");
 * - an instrument told by the institutions that signed it ("An agreement was also signed between the Ministry of
 *   Culture of Kenya and …") is one of its own, whatever the fields named before; a definite mention stays one;
 * - the items of a counted batch told one after another, the last far from the batch but near the item before it;
 * - a list of fields ends at a clause opened after a comma ("…, after talks between the presidents on trade");
 * - an Arabic dual heading a construct ("مذكرتي تفاهم بشأن …، وفي مجال …") counts two, one per area;
 * - a track among the items a plural form opens with "namely", "à savoir", "وهي" is one of its instruments, signed.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

/** The signed, ratified or in-force commitments of a "<lang> <text>" line. */
const firm = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3));
/** `n` times the same reading. */
const times = (n: number, reading: string) => Array.from({ length: n }, () => reading);
/** Each line with what it must sign. */
const each = (lines: readonly string[], wanted: readonly string[]) => lines.map((l) => [l, wanted] as const);

/** Passives closing a long list: two agreements each. */
const PASSIVE = [
  "de Während des Besuchs in Berlin wurden auch Abkommen zur Zusammenarbeit der Zentralbank Ghanas mit der Bundesbank bei der Aufsicht über den Zahlungsverkehr sowie zur Gründung eines gemeinsamen Instituts für Berufsbildung und Handwerk an der Technischen Universität in Kumasi unterzeichnet.",
  "de Am Montag wurden in Accra Abkommen über die Zusammenarbeit der Zentralbanken beider Länder bei der Aufsicht über den Zahlungsverkehr und über die Gründung eines gemeinsamen Instituts für Berufsbildung und Handwerk an der Technischen Universität in Kumasi unterzeichnet.",
  "en During the visit to Nairobi, agreements on cooperation between the central banks of the two countries in supervising payment systems and on the founding of a joint institute for vocational training and crafts at the technical university in Kumasi were signed.",
  "fr Lors de la visite à Cotonou, des accords sur la coopération entre les banques centrales des deux pays dans la surveillance des paiements et sur la création d'un institut commun de formation professionnelle à l'université technique de Kumasi ont été signés.",
  "it Durante la visita a Roma, accordi sulla cooperazione tra le banche centrali dei due Paesi nella vigilanza sui pagamenti e sulla creazione di un istituto comune di formazione professionale presso l'università tecnica di Tunisi sono stati firmati.",
  "es Durante la visita a Lima, acuerdos sobre la cooperación entre los bancos centrales de los dos países en la supervisión de los pagos y sobre la creación de un instituto común de formación profesional en la universidad técnica de La Paz fueron firmados.",
  "pt Durante a visita a Luanda, foram assinados acordos sobre a cooperação entre os bancos centrais dos dois países na supervisão dos pagamentos e sobre a criação de um instituto comum de formação profissional na universidade técnica de Windhoek.",
  "ru Во время визита в Ереван были подписаны соглашения о сотрудничестве центральных банков двух стран в надзоре за платёжными системами и о создании совместного института профессионального обучения при техническом университете в Астане.",
  "ar خلال الزيارة إلى عمان تم توقيع اتفاقيات بشأن التعاون بين البنكين المركزيين في البلدين في الرقابة على أنظمة الدفع وبشأن إنشاء معهد مشترك للتدريب المهني في الجامعة التقنية في القاهرة.",
];

/** One instrument, or none signed: a singular form stays one; a future passive signs nothing. */
const PASSIVE_NOT_TWO = [
  [
    "de Während des Besuchs in Berlin wurde auch das Abkommen zur Zusammenarbeit der Zentralbank Ghanas mit der Bundesbank bei der Aufsicht über den Zahlungsverkehr sowie zur Gründung eines gemeinsamen Instituts für Berufsbildung an der Universität in Kumasi unterzeichnet.",
    ["signed agreement"],
  ],
  [
    "de Beim nächsten Besuch in Berlin sollen Abkommen zur Zusammenarbeit der Zentralbank Ghanas mit der Bundesbank bei der Aufsicht über den Zahlungsverkehr sowie zur Gründung eines gemeinsamen Instituts für Berufsbildung an der Universität in Kumasi unterzeichnet werden.",
    [],
  ],
  [
    "de Die Minister sprachen über Abkommen zur Zusammenarbeit der Zentralbanken, die Fragen, die im Jahr zuvor bei den Gesprächen über die Aufsicht über den Zahlungsverkehr und die Gründung eines Instituts offen geblieben waren, sowie über die Lage in der Region, bevor sie eine Erklärung unterzeichneten.",
    ["signed declaration"],
  ],
] as const;

/** Bare German forms of both numbers: two agreements each. */
const BARE_GERMAN = [
  "de Deutschland und Ghana unterzeichneten am Montag in Accra Abkommen über Energie und Verkehr.",
  "de Deutschland und Ghana haben am Montag in Berlin Abkommen zur Energie und zum Verkehr unterzeichnet.",
  "de Österreich und Kenia unterzeichneten am Dienstag neue Abkommen über Gesundheit und Tourismus.",
];

/** …and with a determiner: one. */
const DETERMINED_GERMAN = [
  "de Deutschland und Ghana unterzeichneten am Montag in Accra ein Abkommen über Energie und Verkehr.",
  "de Deutschland und Ghana unterzeichneten am Montag das Abkommen über Energie und Verkehr.",
  "de Deutschland und Ghana unterzeichneten am Montag ihr erstes Abkommen über Energie und Verkehr.",
  "de Deutschland und Ghana unterzeichneten am Montag dieses Abkommen über Energie und Verkehr.",
];

/** An instrument between institutions after agreements named by field: three agreements each. */
const BETWEEN_INSTITUTIONS = [
  "en Kenya and Ghana signed agreements on cooperation in health and education in Nairobi on Monday. An agreement was also signed between the Ministry of Culture of Kenya and the Ministry of Culture and Tourism of Ghana.",
  "fr Le Bénin et le Ghana ont signé lundi à Cotonou des accords de coopération dans la santé et l'éducation. Un accord a également été signé entre le ministère de la Culture du Bénin et le ministère de la Culture et du Tourisme du Ghana.",
  "it Italia e Tunisia hanno firmato lunedì a Roma accordi di cooperazione nella sanità e nell'istruzione. È stato inoltre firmato un accordo tra il ministero della Cultura italiano e il ministero della Cultura e del Turismo tunisino.",
  "es Perú y Bolivia firmaron el lunes en Lima acuerdos de cooperación en salud y educación. También se firmó un acuerdo entre el Ministerio de Cultura del Perú y el Ministerio de Culturas y Turismo de Bolivia.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda acordos de cooperação na saúde e na educação. Foi ainda assinado um acordo entre o Ministério da Cultura de Angola e o Ministério da Cultura e Turismo da Namíbia.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra zwei Abkommen über die Zusammenarbeit in Gesundheit und Bildung. Außerdem wurde ein Abkommen zwischen dem Kulturministerium Ghanas und dem Auswärtigen Amt unterzeichnet.",
  "ru Армения и Казахстан подписали в понедельник в Астане соглашения о сотрудничестве в здравоохранении и образовании. Также было подписано соглашение между министерством культуры Армении и министерством культуры и информации Казахстана.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان اتفاقيات للتعاون في الصحة والتعليم. كما تم توقيع اتفاقية بين وزارة الثقافة المصرية ووزارة الثقافة والسياحة الأردنية.",
];

/** The instrument named before, told again with its parties: one, not two. */
const RESTATED = [
  "en Kenya and Ghana signed an agreement on health cooperation in Nairobi on Monday. The agreement was signed between the health ministries of the two countries.",
  "fr Le Bénin et le Ghana ont signé lundi à Cotonou un accord de coopération dans le domaine de la santé. Cet accord a été signé entre les ministères de la Santé des deux pays.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda um acordo de cooperação na área da saúde. O acordo foi assinado entre os ministérios da Saúde dos dois países.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra ein Abkommen über die Zusammenarbeit im Gesundheitswesen. Das Abkommen wurde zwischen den Gesundheitsministerien beider Länder unterzeichnet.",
];

/** A batch of four memoranda told one after another: four of one legal form each. */
const CHAINED = [
  "en Kenya and Ghana signed four memoranda in Nairobi on Monday. Among them is a memorandum on political consultations. This instrument sets up yearly meetings of the two foreign ministries. The ministers also signed a memorandum on trade promotion, which creates a joint business council. Meanwhile, the memorandum on cultural cooperation provides for exchanges of artists. Whereas the memorandum on fisheries sets quotas for the two fleets.",
  "fr Le Bénin et le Ghana ont signé quatre mémorandums lundi à Cotonou. Il s'agit d'abord d'un mémorandum sur les consultations politiques. Cet instrument prévoit des réunions annuelles des deux ministères des Affaires étrangères. Les ministres ont aussi signé un mémorandum sur la promotion du commerce, qui crée un conseil d'affaires commun. Par ailleurs, le mémorandum sur la coopération culturelle prévoit des échanges d'artistes. Enfin, le mémorandum sur la pêche fixe des quotas pour les deux flottes.",
  "it Italia e Tunisia hanno firmato quattro memorandum lunedì a Roma. Tra questi c'è un memorandum sulle consultazioni politiche. Questo strumento prevede riunioni annuali dei due ministeri degli Esteri. I ministri hanno anche firmato un memorandum sulla promozione del commercio, che crea un consiglio d'affari comune. Intanto, il memorandum sulla cooperazione culturale prevede scambi di artisti. Mentre il memorandum sulla pesca fissa quote per le due flotte.",
  "es Perú y Bolivia suscribieron cuatro memorandos el lunes en Lima. Se trata en primer lugar de un memorando sobre consultas políticas. Este instrumento establece reuniones anuales de las dos cancillerías. Los cancilleres también firmaron un memorando sobre promoción comercial, que crea un consejo empresarial conjunto. En tanto que, el memorando sobre cooperación cultural procura el intercambio de artistas. Mientras que el memorando sobre pesca fija cuotas para las dos flotas.",
  "pt Angola e Namíbia assinaram quatro memorandos na segunda-feira em Luanda. Entre eles está um memorando sobre consultas políticas. Este instrumento prevê reuniões anuais dos dois ministérios das Relações Exteriores. Os ministros assinaram também um memorando sobre promoção comercial, que cria um conselho empresarial conjunto. Por sua vez, o memorando sobre cooperação cultural prevê intercâmbios de artistas. Já o memorando sobre pescas fixa quotas para as duas frotas.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra vier Absichtserklärungen. Darunter ist eine Absichtserklärung über politische Konsultationen. Dieses Instrument sieht jährliche Treffen der beiden Außenministerien vor. Die Minister unterzeichneten auch eine Absichtserklärung über Handelsförderung, die einen gemeinsamen Wirtschaftsrat schafft. Die Absichtserklärung über kulturelle Zusammenarbeit sieht den Austausch von Künstlern vor. Die Absichtserklärung über Fischerei legt Quoten für die beiden Flotten fest.",
  "ru Армения и Казахстан подписали в понедельник в Астане четыре меморандума. Среди них меморандум о политических консультациях. Этот документ предусматривает ежегодные встречи двух министерств иностранных дел. Министры также подписали меморандум о содействии торговле, который создаёт совместный деловой совет. Меморандум о культурном сотрудничестве предусматривает обмен артистами. Меморандум о рыболовстве устанавливает квоты для двух флотов.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان أربع مذكرات تفاهم. ومن بينها مذكرة تفاهم بشأن المشاورات السياسية. وتنص هذه الوثيقة على اجتماعات سنوية لوزارتي الخارجية. ووقع الوزيران أيضا مذكرة تفاهم بشأن تنمية التجارة تنشئ مجلس أعمال مشتركا. أما مذكرة التفاهم بشأن التعاون الثقافي فتنص على تبادل الفنانين. ومذكرة التفاهم بشأن الصيد البحري تحدد حصصا للأسطولين.",
];

/** A list then a clause about the talks: two agreements each. */
const CLAUSE_AFTER = [
  "en Kenya and Ghana signed agreements on health and education in Nairobi on Monday, after talks between the two presidents on trade and security.",
  "fr Le Bénin et le Ghana ont signé des accords sur la santé et l'éducation lundi à Cotonou, après des entretiens entre les deux présidents sur le commerce et la sécurité.",
  "it Italia e Tunisia hanno firmato accordi sulla sanità e sull'istruzione lunedì a Roma, dopo colloqui tra i due presidenti sul commercio e sulla sicurezza.",
  "es Perú y Bolivia firmaron acuerdos sobre salud y educación el lunes en Lima, tras conversaciones entre los dos presidentes sobre comercio y seguridad.",
  "pt Angola e Namíbia assinaram acordos sobre saúde e educação na segunda-feira em Luanda, após conversações entre os dois presidentes sobre comércio e segurança.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra Vereinbarungen über Gesundheit und Bildung, nach Gesprächen der beiden Präsidenten über Handel und Sicherheit.",
  "ru Армения и Казахстан подписали в понедельник в Астане соглашения о здравоохранении и образовании, после переговоров двух президентов о торговле и безопасности.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان اتفاقيات بشأن الصحة والتعليم، بعد محادثات بين الرئيسين بشأن التجارة والأمن.",
];

/** An Arabic dual heading a construct ("مذكرتي تفاهم"): two instruments, the second of an area of none of ours. */
const CONSTRUCT_DUAL = [
  "ar وقعت مصر والأردن يوم الاثنين في عمان مذكرتي تفاهم بشأن السياحة، وفي مجال التكوين الدبلوماسي.",
  "ar وقع المغرب وموريتانيا أمس في الرباط مذكرتي تفاهم في مجال الصحة، وفي مجال الأرشيف.",
];
const TWO = times(2, "signed agreement");

describe("instruments named one by one in lists", () => {
  it.for([
    ...each(PASSIVE, TWO),
    ...PASSIVE_NOT_TWO,
    ...each(BARE_GERMAN, TWO),
    ...each(DETERMINED_GERMAN, ["signed agreement"]),
    ...each(BETWEEN_INSTITUTIONS, times(3, "signed agreement")),
    ...each(RESTATED, ["signed agreement"]),
    ...each(CLAUSE_AFTER, TWO),
    ...each(CONSTRUCT_DUAL, times(2, "signed memorandum")),
  ])("%s → %j", ([line, wanted], { expect }) => {
    expect(firm(line)).toEqual(wanted);
  });
  it.for(CHAINED)("%s → four instruments of one form", (line, { expect }) => {
    const signed = firm(line);
    expect(signed).toHaveLength(4);
    expect(new Set(signed).size).toBe(1);
  });
});

/** A counted batch whose items follow an inclusion word: the joint committee among them is a signed memorandum. */
const NAMELY = [
  "en Egypt and Somalia signed three memoranda of understanding in Cairo on Monday, namely the establishment of a mechanism for political consultations, the creation of a joint committee chaired by the foreign ministers and cooperation between the institutes of diplomatic studies.",
  "fr L'Égypte et la Somalie ont signé trois mémorandums d'entente lundi au Caire, à savoir la création d'un mécanisme de consultations politiques, la mise en place d'une commission mixte présidée par les ministres et la coopération entre les instituts d'études diplomatiques.",
  "ar وقعت مصر والصومال يوم الاثنين في القاهرة ثلاث مذكرات تفاهم، وهي إنشاء آلية للتشاور السياسي، وإنشاء لجنة مشتركة برئاسة وزيري الخارجية، والتعاون بين معهدي الدراسات الدبلوماسية.",
];

/** The tracks and legal forms of the signed commitments of a "<lang> <text>" line. */
function signedTracks(line: string): string[] {
  const day = "2026-07-10";
  const doc = prepare(line.slice(3));
  const dates = findDates(doc, line.slice(0, 2), day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "signed")
    .map((c) => `${c.track ?? "-"} ${c.legalForm ?? "-"}`);
}

describe("a track among the items an inclusion word opens", () => {
  it.for(NAMELY)("%s → a signed joint-commission memorandum", (line, { expect }) => {
    expect(signedTracks(line)).toContain("joint-commission memorandum");
    expect(signedTracks(line)).toContain("political-consultations memorandum");
  });
});
