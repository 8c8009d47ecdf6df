/**
 * A plural form whose items are told apart by a repeated subject preposition, signed by a passive verb that ends
 * the clause after a long list (sentences written for this project): "wurden Abkommen zur A sowie zur B
 * unterzeichnet", "were signed agreements on A and on B", "foram assinados acordos de A e de B". German writes
 * "Abkommen" the same in both numbers: the plural auxiliary before the bare form ("wurden (auch) Abkommen") makes
 * it several. Each text signs two instruments.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TWO = [
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
const NOT_TWO = [
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

describe("a plural form's items signed by a passive at the clause's end", () => {
  it.for(TWO)("%s → two agreements", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement", "signed agreement"]);
  });
  it.for(NOT_TWO)("%s → %j", ([line, wanted], { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(wanted);
  });
});
