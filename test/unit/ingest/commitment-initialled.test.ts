/**
 * Initialling (seed/lexicons/commitments.json, `initialled`): in treaty law initials authenticate an agreed text
 * before its signature, and English, German, Russian and Arabic reports use the word in that sense; French
 * "parapher", Italian "siglare", Spanish and Portuguese "rubricar" are what the press of those languages writes for
 * a signing. And a plan of consultations or of cooperation, an instrument of its own (a programme). Sentences
 * written for this project.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** Sentences that read as no signature, each "lang text". */
const NO_SIGNATURE = [
  "en Kenya and Uganda initialled a trade agreement in Nairobi on Monday.",
  "en The text of the air services agreement was initialed by the two negotiators.",
  "de Deutschland und Polen paraphierten am Montag ein Abkommen über den Grenzverkehr.",
  "de Das Abkommen über die Zusammenarbeit im Verkehr wurde in Berlin paraphiert.",
  "ru Делегации Армении и Грузии парафировали соглашение о торговле.",
  "ar وقع الجانبان بالأحرف الأولى على اتفاقية للنقل الجوي.",
  "ar تم التوقيع بالأحرف الأولى على اتفاقية للتعاون التجاري بين البلدين.",
];
/** Sentences that read as signed agreement, each "lang text". */
const SIGNED_AGREEMENT = [
  "fr Le Sénégal et la Gambie ont paraphé jeudi un accord sur la pêche.",
  "it Italia e Tunisia hanno siglato un accordo sulla pesca.",
  "es Perú y Bolivia rubricaron un convenio de cooperación pesquera.",
  "pt Angola e Namíbia rubricaram um acordo de pescas.",
  "en The agreement on trade, initialled in May, was signed in Nairobi on Monday.",
  "de Das Abkommen über den Handel wurde paraphiert und am Montag unterzeichnet.",
  "ru Соглашение о торговле было парафировано и подписано в понедельник.",
];
/** Sentences that read as signed programme, each "lang text". */
const SIGNED_PROGRAMME = [
  "en The foreign ministers signed a plan of consultations between the two ministries for 2026.",
  "fr Les ministres ont signé un plan de consultations entre les deux ministères pour 2026.",
  "it I ministri hanno firmato un piano di consultazioni per il 2026.",
  "es Los cancilleres firmaron un plan de consultas políticas para 2026.",
  "pt Os ministros assinaram o plano de cooperação para 2026-2028.",
  "de Die Minister unterzeichneten einen Konsultationsplan für 2026.",
  "ru Министры подписали план межведомственных консультаций на 2026 год.",
  "ar ووقع الوزيران خطة المشاورات السياسية بين الوزارتين لعام 2026.",
];

const cases = [
  ...NO_SIGNATURE.map((line) => [line, []] as const),
  ...SIGNED_AGREEMENT.map((line) => [line, ["signed agreement"]] as const),
  ...SIGNED_PROGRAMME.map((line) => [line, ["signed programme"]] as const),
];

describe("initialling, and a plan of consultations or of cooperation", () => {
  it.for(cases)("%s → %j", ([line, wanted], { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(wanted);
  });
});
