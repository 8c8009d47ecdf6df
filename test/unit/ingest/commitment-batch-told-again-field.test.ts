/**
 * A counted batch whose items are told again one by one, where one of the two readings names no field (sentences
 * written for this project, FICTIONAL):
 * - "witnessed the exchange of two memoranda between the governments", then "The memorandum between the two
 *   academies was signed…" and "Likewise, the memorandum on youth was signed…": the later mentions are the batch's
 *   two items, not a third (Russian, with no article to point back, is left out);
 * - "three agreements in health, tourism and culture", then "A third agreement was signed between the national
 *   museum and an institute…": the ordinal item is one of the three, though it names parties, not a field;
 * - "four agreements covering mobility, health, energy and justice", then "The first agreement sets up a visa
 *   exemption…": four, the first taking its track from the later sentence.
 * An uncounted batch ("several memoranda and agreements") holds no number, so an ordinal item told later is its own.
 */
import { describe, it } from "vitest";
import { firmInstruments, signedByTrack } from "../../helpers/commitment-read";

const FIELDLESS_BATCH: Record<string, string> = {
  en: "The two presidents witnessed the exchange of two memoranda of understanding (MoUs) between the governments of Ghana and Mali in Accra on Monday. The MoU between the two diplomatic academies was signed by the foreign secretary and the ambassador. Likewise, the MoU on youth development was signed by the sports secretary and the ambassador.",
  fr: "Les deux présidents ont assisté lundi à Cotonou à l'échange de deux mémorandums d'entente entre les gouvernements du Bénin et du Niger. Le mémorandum entre les deux académies diplomatiques a été signé par le secrétaire général et l'ambassadeur. De même, le mémorandum sur la jeunesse a été signé par le ministre des sports et l'ambassadeur.",
  it: "I due presidenti hanno assistito lunedì a Tirana allo scambio di due memorandum d'intesa tra i governi di Italia e Albania. Il memorandum tra le due accademie diplomatiche è stato firmato dal segretario generale e dall'ambasciatore. Allo stesso modo, il memorandum sulla gioventù è stato firmato dal ministro dello sport e dall'ambasciatore.",
  es: "Los dos presidentes presenciaron el lunes en Quito el intercambio de dos memorandos de entendimiento entre los gobiernos de Ecuador y Colombia. El memorando entre las dos academias diplomáticas fue firmado por el vicecanciller y el embajador. Asimismo, el memorando sobre juventud fue firmado por el ministro de deportes y el embajador.",
  pt: "Os dois presidentes assistiram na segunda-feira em Maputo à troca de dois memorandos de entendimento entre os governos de Moçambique e do Malawi. O memorando entre as duas academias diplomáticas foi assinado pelo secretário-geral e pelo embaixador. Do mesmo modo, o memorando sobre a juventude foi assinado pelo ministro do desporto e pelo embaixador.",
  de: "Die beiden Präsidenten wohnten am Montag in Wien dem Austausch von zwei Absichtserklärungen zwischen den Regierungen Österreichs und Ghanas bei. Die Absichtserklärung zwischen den beiden diplomatischen Akademien wurde vom Generalsekretär und vom Botschafter unterzeichnet. Ebenso wurde die Absichtserklärung über die Jugend vom Sportminister und vom Botschafter unterzeichnet.",
  ar: "شهد الرئيسان يوم الاثنين في طرابلس تبادل مذكرتي تفاهم بين حكومتي تونس وليبيا. ووقع مذكرة التفاهم بين الأكاديميتين الدبلوماسيتين الأمين العام والسفير. كما وقع مذكرة التفاهم في مجال الشباب وزير الرياضة والسفير.",
};

const ORDINAL_BETWEEN: Record<string, string> = {
  en: "Ghana and Mali signed three agreements in the fields of health, tourism and culture in Accra on Monday. After the talks the first agreement, on public health, was signed. The second concerns tourism. A third agreement was signed between the national museum of Mali and an institute in Accra.",
  fr: "Le Bénin et le Niger ont signé lundi à Cotonou trois accords dans les domaines de la santé, du tourisme et de la culture. Après l'entretien a été signé le premier accord, sur la santé publique. Le deuxième concerne le tourisme. Un troisième accord a été signé entre le musée national du Niger et un institut de Cotonou.",
  it: "Roma e Tunisi hanno firmato lunedì 2 marzo tre accordi nei settori della sanità, del turismo e della cultura. Dopo il colloquio è stato firmato il primo accordo, sulla sanità pubblica. Il secondo riguarda il turismo. Un terzo accordo è stato firmato tra il museo nazionale di Tunisi e un istituto di Roma.",
  es: "Ecuador y Colombia firmaron el lunes en Quito tres acuerdos en los ámbitos de la salud, el turismo y la cultura. Tras la reunión se firmó el primer acuerdo, sobre salud pública. El segundo se refiere al turismo. Un tercer acuerdo fue firmado entre el museo nacional de Colombia y un instituto de Quito.",
  pt: "Moçambique e Malawi assinaram na segunda-feira em Maputo três acordos nas áreas da saúde, do turismo e da cultura. Após o encontro foi assinado o primeiro acordo, sobre saúde pública. O segundo diz respeito ao turismo. Um terceiro acordo foi assinado entre o museu nacional do Malawi e um instituto de Maputo.",
};

const FIRST_WITH_TRACK: Record<string, string> = {
  fr: "Le Mali et le Ghana ont signé lundi à Accra quatre accords de coopération couvrant la mobilité, la santé, l'énergie et la justice.\n\nLe premier accord instaure une exemption de visa pour les passeports diplomatiques.",
  en: "Mali and Ghana signed four cooperation agreements covering mobility, health, energy and justice in Accra on Monday.\n\nThe first agreement sets up a visa exemption for diplomatic passports.",
};

describe("a counted batch told again item by item", () => {
  it.for(Object.entries(FIELDLESS_BATCH))(
    "%s: two memoranda, told again with a field, are two",
    ([lang, text], { expect }) => {
      expect(firmInstruments(lang, text)).toBe(2);
    },
  );
  it.for(Object.entries(ORDINAL_BETWEEN))(
    "%s: a third agreement between two bodies is one of three",
    ([lang, text], { expect }) => {
      expect(firmInstruments(lang, text)).toBe(3);
    },
  );
  it.for(Object.entries(FIRST_WITH_TRACK))(
    "%s: the first of four agreements takes its track",
    ([lang, text], { expect }) => {
      expect(firmInstruments(lang, text)).toBe(4);
      expect(signedByTrack(lang, text)).toContain("agreement visa-exemption");
    },
  );
  it("an uncounted batch keeps an ordinal item told later as its own", ({ expect }) => {
    const text =
      "L'Algérie et le Qatar ont signé dimanche à Doha plusieurs mémorandums d'entente et accords de coopération. Le premier accord, portant sur des concertations politiques entre les deux ministères des Affaires étrangères, a été signé par les deux ministres.";
    expect(signedByTrack("fr", text)).toContain("agreement political-consultations");
  });
});
