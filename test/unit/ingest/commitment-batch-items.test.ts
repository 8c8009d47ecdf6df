/**
 * The items of a counted signed batch told one by one after it (sentences written for this project): an
 * instrument marked by an ordinal or "another" ("The second agreement concerns…", "Um terceiro acordo…",
 * "الاتفاقية الثانية") opening a sentence, however far into the batch's paragraph, is one of the batch; and "the
 * other two agreements concern A and B" names the rest of it, one instrument per field. Each text signs three.
 */
import { describe, it } from "vitest";
import { firmCommitments, firmSectors } from "../../helpers/commitment-read";

/** A batch of three, then its first, second and third agreements, the later ones several sentences on. */
const ORDINAL_ITEMS = [
  "en Kenya and Ghana signed three agreements in Nairobi on Monday. The first agreement concerns fisheries. It sets yearly quotas for the two fleets. The ministers praised the work of their teams. Both sides stressed the importance of trade. The second agreement concerns tourism. Also in the field of public health, a third agreement provides for the training of nurses.",
  "fr Le Bénin et le Ghana ont signé trois accords lundi à Cotonou. Le premier accord porte sur la pêche. Il fixe des quotas annuels pour les deux flottes. Les ministres ont salué le travail de leurs équipes. Les deux parties ont souligné l'importance du commerce. Le deuxième accord concerne le tourisme. Toujours dans le domaine de la santé publique, un troisième accord prévoit la formation d'infirmiers.",
  "it Italia e Tunisia hanno firmato tre accordi lunedì a Roma. Il primo accordo riguarda la pesca. Fissa quote annuali per le due flotte. I ministri hanno lodato il lavoro delle loro squadre. Le due parti hanno sottolineato l'importanza del commercio. Il secondo accordo riguarda il turismo. Sempre nel campo della sanità pubblica, un terzo accordo prevede la formazione di infermieri.",
  "es Perú y Bolivia firmaron tres acuerdos el lunes en Lima. El primer acuerdo se refiere a la pesca. Fija cuotas anuales para las dos flotas. Los ministros elogiaron el trabajo de sus equipos. Ambas partes subrayaron la importancia del comercio. El segundo acuerdo se refiere al turismo. También en el ámbito de la salud pública, un tercer acuerdo prevé la formación de enfermeros.",
  "pt Angola e Namíbia assinaram três acordos na segunda-feira em Luanda. O primeiro acordo trata da pesca. Fixa quotas anuais para as duas frotas. Os ministros elogiaram o trabalho das suas equipas. As duas partes sublinharam a importância do comércio. O segundo acordo trata do turismo. Também no campo da saúde pública, um terceiro acordo prevê a formação de enfermeiros.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra drei Abkommen. Das erste Abkommen betrifft die Fischerei. Es legt jährliche Quoten für die beiden Flotten fest. Die Minister lobten die Arbeit ihrer Teams. Beide Seiten betonten die Bedeutung des Handels. Das zweite Abkommen betrifft den Tourismus. Ebenfalls im Bereich der Gesundheit sieht ein drittes Abkommen die Ausbildung von Pflegekräften vor.",
  "ru Армения и Казахстан подписали в понедельник в Астане три соглашения. Первое соглашение касается рыболовства. Оно устанавливает ежегодные квоты для двух флотов. Министры высоко оценили работу своих команд. Стороны подчеркнули важность торговли. Второе соглашение касается туризма. Также в сфере здравоохранения третье соглашение предусматривает подготовку медсестёр.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان ثلاث اتفاقيات. الاتفاقية الأولى تتعلق بالصيد البحري. وتحدد حصصا سنوية للأسطولين. وأشاد الوزيران بعمل فريقيهما. وأكد الجانبان أهمية التجارة. أما الاتفاقية الثانية فتتعلق بالسياحة. وتتعلق الاتفاقية الثالثة بالصحة العامة.",
];
/** A batch of three, one item told, then "the other two" described with their two fields. */
const OTHER_TWO = [
  "en Kenya and Ghana signed three agreements in Nairobi on Monday. A fisheries protocol was also signed. The other two agreements concern tourism and public health.",
  "fr Le Bénin et le Ghana ont signé trois accords lundi à Cotonou. Un protocole a été signé dans le domaine de la pêche. Les deux autres accords concernent le tourisme et la santé publique.",
  "it Italia e Tunisia hanno firmato tre accordi lunedì a Roma. Un protocollo è stato firmato nel settore della pesca. Gli altri due accordi riguardano il turismo e la sanità pubblica.",
  "es Perú y Bolivia firmaron tres acuerdos el lunes en Lima. Un protocolo fue firmado en materia de pesca. Los otros dos acuerdos abarcan el turismo y la salud pública.",
  "pt Angola e Namíbia assinaram três acordos na segunda-feira em Luanda. Um protocolo foi assinado na área das pescas. Os outros dois acordos abrangem o turismo e a saúde pública.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra drei Abkommen. Ein Protokoll wurde im Bereich der Fischerei unterzeichnet. Die beiden anderen Abkommen betreffen den Tourismus und die öffentliche Gesundheit.",
  "ru Армения и Казахстан подписали в понедельник в Астане три соглашения. Протокол был подписан в области рыболовства. Два других соглашения касаются туризма и здравоохранения.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان ثلاث اتفاقيات. ووقع بروتوكول في مجال الصيد البحري. وتتعلق الاتفاقيتان الأخريان بالسياحة والصحة العامة.",
];
/** The same, "the other two" told with no verb, their subject right after ("Los otros dos acuerdos, sobre…"). */
const OTHER_TWO_NO_VERB = [
  "en Kenya and Ghana signed three agreements in Nairobi on Monday. A fisheries protocol was also signed. The other two agreements, on tourism and public health, will be published later.",
  "fr Le Bénin et le Ghana ont signé trois accords lundi à Cotonou. Un protocole a été signé dans le domaine de la pêche. Les deux autres accords, sur le tourisme et la santé publique, seront publiés au journal officiel.",
  "it Italia e Tunisia hanno firmato tre accordi lunedì a Roma. Un protocollo è stato firmato nel settore della pesca. Gli altri due accordi, sul turismo e sulla sanità pubblica, saranno pubblicati più tardi.",
  "es Perú y Bolivia firmaron tres acuerdos el lunes en Lima. Un protocolo fue firmado en materia de pesca. Los otros dos acuerdos, sobre turismo y salud pública, serán publicados más tarde.",
  "pt Angola e Namíbia assinaram três acordos na segunda-feira em Luanda. Um protocolo foi assinado na área das pescas. Os outros dois acordos, sobre turismo e saúde pública, serão publicados mais tarde.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra drei Abkommen. Ein Protokoll wurde im Bereich der Fischerei unterzeichnet. Die beiden anderen Abkommen, über Tourismus und Gesundheit, werden später veröffentlicht.",
  "ru Армения и Казахстан подписали в понедельник в Астане три соглашения. Протокол был подписан в области рыболовства. Два других соглашения, о туризме и здравоохранении, будут опубликованы позже.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان ثلاث اتفاقيات. ووقع بروتوكول في مجال الصيد البحري. والاتفاقيتان الأخريان حول السياحة والصحة العامة.",
];
/** Items of a batch that is not signed, or of no counted batch at all: nothing is lent. */
const NOT_LENT = [
  "en Kenya and Ghana will sign three agreements in Nairobi next month. The first agreement concerns fisheries. The second agreement concerns tourism.",
  "fr Le Bénin et le Ghana ont discuté de la pêche lundi. Les ministres ont salué le travail de leurs équipes. Un autre accord concerne le tourisme.",
  "pt Angola e Namíbia vão assinar três acordos em Luanda. O primeiro acordo trata da pesca. Um terceiro acordo trata do turismo.",
];
/** One signed instrument each: a figure in brackets (a day) counts no batch, and a description naming another form
 * ("des programmes de formation") is no list of instruments. */
const ONE_BATCH = [
  [
    "pt Brasil e Peru assinaram nesta sexta-feira (20) acordo de cooperação técnica na área da saúde. A cerimônia teve lugar em Brasília. Os ministros elogiaram o trabalho das equipes. As partes vão se reunir em breve. O segundo protocolo terá validade de dois anos.",
    ["signed agreement"],
  ],
  [
    "en Kenya and Ghana signed three agreements in Nairobi on Monday. A fisheries protocol was also signed. The other two agreements, on tourism and public health, will be signed next year.",
    ["signed agreement", "signed agreement"],
  ],
  [
    "fr Le Bénin et le Ghana ont signé trois accords lundi à Cotonou, dans les domaines de la pêche, du tourisme et de la santé. D'autres accords de coopération concernant le tourisme et la santé ont été évoqués.",
    ["signed agreement", "signed agreement", "signed agreement"],
  ],
  [
    "fr Le Bénin et le Ghana ont signé trois accords lundi à Cotonou. Un protocole a été signé dans le domaine de la pêche. Les deux autres accords concernent le sport et des programmes de formation des diplomates.",
    ["signed agreement", "signed agreement"],
  ],
] as const;

/** A batch told only in a passive sentence, its items numbered by ordinals in figures, of two forms. */
const NUMBERED_ITEMS = [
  "en Kenya and Ghana opened a new chapter on Monday. In all, three instruments were signed in Nairobi. The 1st agreement concerns fisheries. The 2nd memorandum concerns tourism. The 3rd agreement concerns public health.",
  "fr Le Bénin et le Ghana ont ouvert lundi un nouveau chapitre. Au total, trois accords ont été signés à Cotonou. Le 1er accord porte sur la pêche. Le 2e protocole d'accord concerne le tourisme. Le 3e accord vise la santé publique.",
  "es Perú y Bolivia abrieron el lunes una nueva etapa. En total, tres instrumentos fueron firmados en Lima. El 1º acuerdo se refiere a la pesca. El 2º memorando se refiere al turismo. El 3º acuerdo se refiere a la salud pública.",
  "pt Angola e Namíbia abriram na segunda-feira um novo capítulo. No total, três instrumentos foram assinados em Luanda. O 1º acordo trata da pesca. O 2º memorando trata do turismo. O 3º acordo trata da saúde pública.",
];
/** A passive batch lends its signing word to no item told as still to come, nor does a signing word further on
 * (the fisheries item of a batch only under negotiation). */
const NOT_LENT_PASSIVE = [
  "en Three agreements were signed in Dakar on Tuesday. The fisheries agreement opens each side's waters. An extradition treaty is still being drafted, the minister said.",
  "es Cinco acuerdos fueron firmados el martes en Lima. El acuerdo de pesca de 2019 vence en julio.",
  "fr Cinq accords sont en cours de négociation entre les deux pays, a indiqué le ministre, qui a signé mardi une déclaration commune. L'accord sur la pêche prévoit un accès réciproque.",
];
/** A tally of the relationship told with its signing word after it lends that word to no instrument told next. */
const TALLY = [
  "de Deutschland und Ghana haben am Montag in Accra ein Migrationsabkommen unterzeichnet. Deutschland hat bereits mit 30 Staaten Rückübernahmeabkommen abgeschlossen. Das neue Abkommen regelt die Rückkehr.",
];

const THREE = ["signed agreement", "signed agreement", "signed agreement"];

describe("the items of a counted signed batch", () => {
  it.for([...ORDINAL_ITEMS, ...OTHER_TWO, ...OTHER_TWO_NO_VERB].map((line) => [line, THREE] as const))(
    "%s → %j",
    ([line, wanted], { expect }) => {
      expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(wanted);
    },
  );
  it.for(ONE_BATCH)("%s → %j", ([line, wanted], { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(wanted);
  });
  it.for(NUMBERED_ITEMS)("%s → two agreements and a memorandum", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3)).sort()).toEqual([
      "signed agreement",
      "signed agreement",
      "signed memorandum",
    ]);
  });
  it.for(NOT_LENT_PASSIVE)("%s → the item told later is not lent the signing", (line, { expect }) => {
    const got = firmSectors(line.slice(0, 2), line.slice(3));
    expect(got).not.toContain("security-defence treaty");
    if (!line.startsWith("en")) expect(got).not.toContain("agriculture-food-security agreement");
  });
  it.for(TALLY)("%s → one agreement", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
  it.for(NOT_LENT)("%s → nothing signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([]);
  });
});
