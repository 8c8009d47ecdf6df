/**
 * Two patterns of real reports, in sentences written for this project ("<lang> <text>" each):
 * - an instrument on the defence industry is about security and defence, not the economy, in every language
 *   ("defence industries", "industrie de défense", "الصناعات الدفاعية", "оборонной промышленности"); told again
 *   with its aim in the next sentence, it stays one;
 * - a German modal verb of wish or need closing the clause after the infinitive ("dass Polen ein Abkommen
 *   unterzeichnen möchte", "… unterzeichnen will", "… unterzeichnen muss") signs nothing yet.
 */
import { describe, it } from "vitest";
import { firmSectors, itSignsNothing } from "../../helpers/commitment-read";

const DEFENCE_INDUSTRY = [
  "en Ghana and Turkey signed a memorandum of understanding on cooperation in the defence industries in Accra on Tuesday. The signing of the memorandum aims at closer defence ties.",
  "fr Le Tchad et la Turquie ont signé mardi à N'Djamena un mémorandum d'entente sur la coopération dans l'industrie de défense. La signature du mémorandum vise à resserrer les liens de défense.",
  "it Italia e Qatar hanno firmato martedì a Doha un memorandum d'intesa sulla cooperazione nell'industria della difesa. La firma del memorandum mira a rafforzare i legami di difesa.",
  "es Chile y Turquía firmaron el martes en Santiago un memorando de entendimiento sobre cooperación en la industria de defensa. La firma del memorando busca estrechar los lazos de defensa.",
  "pt Angola e Turquia assinaram na terça-feira em Luanda um memorando de entendimento sobre cooperação na indústria de defesa. A assinatura do memorando visa estreitar os laços de defesa.",
  "de Ungarn und die Türkei unterzeichneten am Dienstag in Budapest ein Memorandum über die Zusammenarbeit in der Verteidigungsindustrie.",
  "ru Сербия и Турция подписали во вторник в Белграде меморандум о сотрудничестве в оборонной промышленности.",
  "ar وقعت الأردن وتركيا يوم الثلاثاء في عمان مذكرة تفاهم للتعاون في مجال الصناعات الدفاعية. ويهدف توقيع مذكرة التفاهم إلى تعزيز التعاون الدفاعي.",
];

const WISHED = [
  "de Der Vizeminister sagte am Mittwoch in Warschau, dass Polen mit Chile ein Abkommen über eine strategische Partnerschaft unterzeichnen möchte.",
  "de Die Regierung erklärte am Mittwoch, dass Österreich mit Ghana bald ein Abkommen über Luftverkehr unterzeichnen will.",
  "de Der Minister betonte am Mittwoch, dass Deutschland mit Kenia noch in diesem Jahr ein Abkommen über Energie unterzeichnen muss.",
];

describe("an instrument on the defence industry", () => {
  it.for(DEFENCE_INDUSTRY)("%s → one memorandum on security and defence", (line, { expect }) => {
    expect(firmSectors(line.slice(0, 2), line.slice(3))).toEqual(["security-defence memorandum"]);
  });
});

describe("a German modal verb after the infinitive", () => {
  itSignsNothing(WISHED);
});
