/**
 * The items of a counted signed batch told one after another (sentences written for this project): the first after
 * "Among them", a description between, the second with a signing word of its own, then two more each opening its
 * sentence ("Meanwhile, the memorandum on…", "Whereas the memorandum on…"). The last stands five sentences after the
 * batch but right after the item before it: each text signs four memoranda.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

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

describe("the items of a signed batch told one after another", () => {
  it.for(CHAINED)("%s → four instruments", (line, { expect }) => {
    const signed = firmCommitments(line.slice(0, 2), line.slice(3));
    expect(signed).toHaveLength(4);
    expect(new Set(signed).size).toBe(1);
  });
});
