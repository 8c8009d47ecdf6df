/**
 * A carry phrase ("Among them are…", "Dazu gehören…") opening a long list of a signed batch's instruments governs
 * every instrument of its sentence, however far past the usual reach of a signing word (sentences in our own
 * words, through findCommitments): the agreement that closes the list is signed, one of the eight.
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "In total, eight documents were signed during the official visit. Among them are the intergovernmental declaration on cooperation in veterinary medicine and livestock breeding between the two ministries of agriculture, the joint declaration on cooperation in the sustainable use of water resources within the regional green initiative, and the agreement on cooperation in road transport.",
  fr: "Au total, huit documents ont été signés lors de la visite officielle. Parmi eux figurent la déclaration intergouvernementale sur la coopération vétérinaire et l'élevage entre les deux ministères de l'agriculture, la déclaration commune sur la coopération dans l'utilisation durable des ressources en eau dans le cadre de l'initiative verte régionale, et l'accord sur la coopération dans le transport routier.",
  it: "In totale sono stati firmati otto documenti durante la visita ufficiale. Tra questi la dichiarazione intergovernativa sulla cooperazione veterinaria e nell'allevamento tra i due ministeri dell'agricoltura, la dichiarazione congiunta sulla cooperazione nell'uso sostenibile delle risorse idriche nell'ambito dell'iniziativa verde regionale, e l'accordo sulla cooperazione nel trasporto su strada.",
  es: "En total se firmaron ocho documentos durante la visita oficial. Entre ellos figuran la declaración intergubernamental sobre cooperación veterinaria y ganadería entre los dos ministerios de agricultura, la declaración conjunta sobre cooperación en el uso sostenible de los recursos hídricos en el marco de la iniciativa verde regional, y el acuerdo sobre cooperación en el transporte por carretera.",
  pt: "No total foram assinados oito documentos durante a visita oficial. Entre eles estão a declaração intergovernamental sobre cooperação veterinária e pecuária entre os dois ministérios da agricultura, a declaração conjunta sobre cooperação no uso sustentável dos recursos hídricos no âmbito da iniciativa verde regional, e o acordo sobre cooperação no transporte rodoviário.",
  de: "Insgesamt wurden im Rahmen des offiziellen Besuchs acht Dokumente unterzeichnet. Dazu gehören die zwischenstaatliche Erklärung zur Zusammenarbeit im Veterinärwesen und in der Viehzucht zwischen den beiden Landwirtschaftsministerien, die gemeinsame Erklärung zur Zusammenarbeit bei der nachhaltigen Nutzung der Wasserressourcen im Rahmen der regionalen grünen Initiative und das Abkommen über die Zusammenarbeit im Straßenverkehr.",
  ru: "Всего в ходе официального визита было подписано восемь документов. Среди них межправительственная декларация о сотрудничестве в области ветеринарии и животноводства между министерствами сельского хозяйства двух стран, совместная декларация о сотрудничестве в устойчивом использовании водных ресурсов в рамках региональной зелёной инициативы и соглашение о сотрудничестве в области автомобильного транспорта.",
};

describe("the far end of a carried list", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmCommitments(lang, text)).toContain("signed agreement");
    expect(firmInstruments(lang, text)).toBe(8);
  });
});
