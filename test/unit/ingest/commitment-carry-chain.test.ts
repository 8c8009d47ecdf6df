/**
 * A batch named over several sentences that each open on a carry phrase ("وشملت الاتفاقيات…", then "كما شملت
 * الاتفاقيات مذكرتي تفاهم…"; "Among them are…", then "Among them are also…"), with a sentence on the ceremony
 * between the signing and the first: the second carry sentence names more of the batch, so its two memoranda are
 * signed (FICTIONAL reports written for this project). The Arabic rows failed before; the English and French ones
 * are read by other rules and must stay so.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const CHAINED: readonly (readonly [string, string])[] = [
  [
    "ar",
    "وقعت مصر والأردن، الجمعة، 13 اتفاقية ومذكرة تفاهم تهدف إلى تعزيز الشراكة بين البلدين.\n\nحضر توقيع الاتفاقية من الجانب المصري رئيس الوزراء ومن الجانب الأردني ولي العهد.\n\nوشملت الاتفاقيات مجالات الطاقة، والتجارة الإلكترونية، والزراعة، والشؤون الجمركية، علاوة على اتفاقية تعاون استراتيجي بين شركتي النفط في البلدين.\n\nكما شملت الاتفاقيات مذكرتي تفاهم بين حكومة مصر وحكومة الأردن بشأن بناء مباني السفارات، والأخرى بشأن إقامة مراكز ثقافية.",
  ],
  [
    "en",
    "Ghana and Togo signed 13 agreements and memoranda in Accra on Friday.\n\nThe Ghanaian president and the Togolese prime minister attended the signing of the agreement.\n\nAmong them are agreements on energy, e-commerce, farming and customs, as well as a strategic cooperation agreement between the two national oil companies.\n\nAmong them are also two memoranda between the two governments, one on building embassies and the other on setting up cultural centres.",
  ],
  [
    "fr",
    "Le Ghana et le Togo ont signé vendredi à Accra 13 accords et mémorandums.\n\nLe président ghanéen et le Premier ministre togolais ont assisté à la signature de l'accord.\n\nParmi eux figurent des accords sur l'énergie, le commerce électronique, l'agriculture et les douanes, ainsi qu'un accord de coopération stratégique entre les deux compagnies pétrolières nationales.\n\nParmi eux figurent aussi deux mémorandums entre les deux gouvernements, l'un sur la construction d'ambassades et l'autre sur la création de centres culturels.",
  ],
  [
    "ar",
    "وقعت تونس وليبيا، الخميس، 11 اتفاقية ومذكرة تفاهم في طرابلس.\n\nوحضر مراسم التوقيع رئيسا حكومتي البلدين.\n\nوتضمنت الاتفاقيات مجالات النقل والصحة والتعليم، إضافة إلى اتفاقية بين شركتي الطيران في البلدين.\n\nكما تضمنت الاتفاقيات مذكرتي تفاهم، الأولى بشأن تبادل الخبرات في مجال المياه، والأخرى بشأن التدريب المهني.",
  ],
];

describe("a batch named over several carry sentences", () => {
  it.for(CHAINED)("%s: the memoranda of the second carry sentence are signed", ([lang, text], { expect }) => {
    const memoranda = commitmentsOf(lang, text).filter((c) => c.legalForm === "memorandum" && c.status === "signed");
    expect(memoranda.reduce((n, c) => n + (c.instruments ?? 1), 0)).toBe(2);
  });
});
