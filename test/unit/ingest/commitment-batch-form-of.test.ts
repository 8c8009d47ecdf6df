/**
 * A counted batch of instruments said to take one form ("The instruments, in the form of a memorandum of
 * understanding, were signed…") is a batch of that form, its count unchanged (sentences in our own words, through
 * findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "Kenya and Peru signed three new legal instruments in Lima on Monday. The instruments, in the form of a memorandum of understanding, were signed at the presidential palace.",
  fr: "Le Kenya et le Pérou ont signé lundi à Lima trois nouveaux instruments juridiques. Ces instruments, sous forme de mémorandum d'entente, ont été signés au palais présidentiel.",
  it: "Kenya e Perù hanno firmato lunedì a Lima tre nuovi strumenti giuridici. Gli strumenti, in forma di memorandum d'intesa, sono stati firmati al palazzo presidenziale.",
  es: "Kenia y Perú firmaron el lunes en Lima tres nuevos instrumentos jurídicos. Los instrumentos, en forma de memorando de entendimiento, fueron firmados en el palacio presidencial.",
  pt: "O Quénia e o Peru assinaram na segunda-feira em Lima três novos instrumentos jurídicos. Os instrumentos, sob a forma de memorando de entendimento, foram assinados no palácio presidencial.",
  de: "Kenia und Peru haben am Montag in Lima drei neue Dokumente unterzeichnet. Die Dokumente in Form von Memoranden wurden im Präsidentenpalast unterzeichnet.",
  ru: "Кения и Перу подписали в понедельник в Лиме три новых документа. Документы в форме меморандумов о взаимопонимании были подписаны в президентском дворце.",
  ar: "وقعت كينيا والبيرو يوم الاثنين في ليما ثلاث وثائق جديدة. وجرى توقيع الوثائق على شكل مذكرات تفاهم في القصر الرئاسي.",
};

describe("instruments in the form of memoranda", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed memorandum"]);
    expect(firmInstruments(lang, text)).toBe(3);
  });
});
