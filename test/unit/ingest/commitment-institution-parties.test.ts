/**
 * An instrument whose parties the report names as institutions of the two countries ("An agreement was also
 * signed between the Ministry of Culture of Kenya and the Ministry of Culture and Tourism of Ghana") is one of its
 * own: not the instruments named before it again, even when its field is theirs (sentences written for this
 * project). Each text signs three agreements; a definite mention of an instrument already named stays one.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const THREE = [
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

describe("an instrument between institutions of the two countries", () => {
  it.for(THREE)("%s → three agreements", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([
      "signed agreement",
      "signed agreement",
      "signed agreement",
    ]);
  });
  it.for(RESTATED)("%s → one agreement", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
});
