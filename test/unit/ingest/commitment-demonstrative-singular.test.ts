/**
 * A singular demonstrative before a form ("this agreement", "cet accord", "этого соглашения", "هذه الاتفاقية") points
 * back to the instrument a report has told, whatever noun the writer picks and whatever words follow it: a
 * memorandum, then "the signing of this agreement will strengthen…", is one instrument (sentences in our own words,
 * FICTIONAL, through findCommitments). Russian "соглашения" reads as a plural, but "этого" is singular.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: 'The finance ministries of Armenia and Greece signed a memorandum on technical cooperation in Athens.\nThe new agreement lets them share experience in tax matters.\n"I am sure that the signing of this agreement will only strengthen the friendship between our ministries," the deputy minister said.',
  fr: "Les ministères des Finances de l'Arménie et de la Grèce ont signé à Athènes un mémorandum de coopération technique.\nLe nouvel accord leur permettra d'échanger leur expérience en matière fiscale.\n« Je suis sûre que la signature de cet accord ne fera que renforcer l'amitié entre nos ministères », a dit la vice-ministre.",
  it: "I ministeri delle Finanze di Armenia e Grecia hanno firmato ad Atene un memorandum di cooperazione tecnica.\nIl nuovo accordo permetterà di scambiare esperienze in materia fiscale.\n«Sono certa che la firma di questo accordo rafforzerà solo l'amicizia tra i nostri ministeri», ha detto la viceministra.",
  es: "Los ministerios de Hacienda de Armenia y Grecia firmaron en Atenas un memorando de cooperación técnica.\nEl nuevo acuerdo les permitirá compartir experiencia en materia tributaria.\n«Estoy segura de que la firma de este acuerdo solo fortalecerá la amistad entre nuestros ministerios», dijo la viceministra.",
  pt: "Os ministérios das Finanças da Arménia e da Grécia assinaram em Atenas um memorando de cooperação técnica.\nO novo acordo vai permitir a troca de experiência em matéria fiscal.\n«Tenho a certeza de que a assinatura deste acordo só vai reforçar a amizade entre os nossos ministérios», disse a vice-ministra.",
  de: "Die Finanzministerien Armeniens und Griechenlands unterzeichneten in Athen ein Memorandum über technische Zusammenarbeit.\nDas neue Abkommen erlaubt den Austausch von Erfahrungen in Steuerfragen.\n„Ich bin sicher, dass die Unterzeichnung dieses Abkommens die Freundschaft zwischen unseren Ministerien nur stärken wird“, sagte die Staatssekretärin.",
  ru: "Министерства финансов Армении и Греции подписали в Афинах меморандум о техническом сотрудничестве.\nНовое соглашение позволит ведомствам обмениваться опытом в налоговой сфере.\n«Уверена, что подписание этого соглашения только укрепит дружбу между министерствами финансов наших стран», — сказала замминистра.",
  ar: "وقعت وزارتا المالية في أرمينيا واليونان في أثينا مذكرة تفاهم للتعاون الفني.\nوتتيح الاتفاقية الجديدة تبادل الخبرات في المجال الضريبي.\nوقالت نائبة الوزير إن توقيع هذه الاتفاقية لن يزيد الصداقة بين الوزارتين إلا قوة.",
};

describe("a singular demonstrative restates the instrument told", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
