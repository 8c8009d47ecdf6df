/**
 * A list of instruments told again one by one (FICTIONAL sentences written for this project, through
 * findCommitments): "three memoranda in agriculture, health and fisheries", then "The memorandum on agriculture was
 * signed by…", "The second memorandum, on health, …". Each later sentence restates an item of the list, so the
 * report signs three instruments, one per field, never a twin of an item.
 */
import { describe, it } from "vitest";
import { firmSectors } from "../../helpers/commitment-read";

const TOLD_AGAIN: Record<string, string> = {
  en: "Kenya and Ghana signed on Monday in Nairobi three memoranda of understanding in the fields of agriculture, public health and fisheries. The memorandum of understanding on agriculture was signed by the two farm ministers. The second memorandum of understanding, on public health, was signed by the health ministers. The third memorandum, on fisheries, was signed by the fisheries ministers.",
  fr: "Le Bénin et le Ghana ont signé lundi à Cotonou trois mémorandums d'entente dans les domaines de l'agriculture, de la santé publique et de la pêche. Le mémorandum d'entente dans le domaine de l'agriculture a été signé par les deux ministres de l'agriculture. Le deuxième mémorandum d'entente, en matière de santé publique, a été signé par les ministres de la santé. Le troisième mémorandum, dans le domaine de la pêche, a été signé par les ministres de la pêche.",
  it: "Italia e Tunisia hanno firmato lunedì a Roma tre memorandum d'intesa nei settori dell'agricoltura, della sanità pubblica e della pesca. Il memorandum d'intesa nel settore dell'agricoltura è stato firmato dai due ministri dell'agricoltura. Il secondo memorandum d'intesa, sulla sanità pubblica, è stato firmato dai ministri della salute. Il terzo memorandum, sulla pesca, è stato firmato dai ministri della pesca.",
  es: "Perú y Bolivia firmaron el lunes en Lima tres memorandos de entendimiento en los ámbitos de la agricultura, la salud pública y la pesca. El memorando de entendimiento en el ámbito de la agricultura fue firmado por los dos ministros de agricultura. El segundo memorando de entendimiento, sobre salud pública, fue firmado por los ministros de salud. El tercer memorando, sobre pesca, fue firmado por los ministros de pesca.",
  pt: "Angola e Namíbia assinaram na segunda-feira em Luanda três memorandos de entendimento nas áreas da agricultura, da saúde pública e das pescas. O memorando de entendimento na área da agricultura foi assinado pelos dois ministros da agricultura. O segundo memorando de entendimento, sobre saúde pública, foi assinado pelos ministros da saúde. O terceiro memorando, sobre pescas, foi assinado pelos ministros das pescas.",
  de: "Deutschland und Ghana unterzeichneten am Montag in Accra drei Absichtserklärungen in den Bereichen Landwirtschaft, öffentliche Gesundheit und Fischerei. Die Absichtserklärung im Bereich der Landwirtschaft wurde von den beiden Agrarministern unterzeichnet. Die zweite Absichtserklärung, über öffentliche Gesundheit, wurde von den Gesundheitsministern unterzeichnet. Die dritte Absichtserklärung, über Fischerei, wurde von den Fischereiministern unterzeichnet.",
  ru: "Армения и Казахстан подписали в понедельник в Астане три меморандума о взаимопонимании в области сельского хозяйства, здравоохранения и рыболовства. Меморандум в области сельского хозяйства подписали министры сельского хозяйства. Второй меморандум, в области здравоохранения, подписали министры здравоохранения. Третий меморандум, в области рыболовства, подписали министры рыбного хозяйства.",
  ar: "وقعت مصر والأردن يوم الاثنين في عمان ثلاث مذكرات تفاهم في مجالات الزراعة والصحة العامة والصيد البحري. ووقع مذكرة التفاهم في مجال الزراعة وزيرا الزراعة. ووقع مذكرة التفاهم الثانية في مجال الصحة العامة وزيرا الصحة. ووقع المذكرة الثالثة في مجال الصيد البحري وزيرا الصيد.",
};

describe("a list of instruments told again one by one", () => {
  it.for(Object.entries(TOLD_AGAIN))("%s: three memoranda, one per field named", ([lang, text], { expect }) => {
    const sectors = firmSectors(lang, text);
    // One legal form for all three (German writes a memorandum as a declaration of intent), fisheries being farming's.
    const form = sectors[0]?.split(" ")[1];
    expect(sectors.map((s) => s.split(" ")[0])).toEqual([
      "agriculture-food-security",
      "agriculture-food-security",
      "health",
    ]);
    expect(sectors.every((s) => s.endsWith(` ${form}`))).toBe(true);
  });
});
