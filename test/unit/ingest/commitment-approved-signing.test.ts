/**
 * A signing a cabinet or a parliament approves or gives its green light to is still ahead ("The Cabinet gave its
 * approval to the signing of the memorandum", "aprobó la firma de un convenio", "одобрило подписание"), and so is
 * one the two sides are studying ("estudian la firma", "يدرسان توقيع"), in the eight languages. Guards: an
 * instrument signed in its own clause stays signed whatever was approved before it. Sentences in our own words,
 * through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const APPROVED: Record<string, string[]> = {
  en: [
    "The Cabinet gave its approval to the signing of a memorandum with Turkey on diplomatic training.",
    "The Cabinet approved the signing of a memorandum with Turkey on diplomatic training.",
    "The two sides are studying the signing of a memorandum on diplomatic training.",
    "The Cabinet approved on Tuesday the signing of a memorandum with Turkey on diplomatic training.",
  ],
  fr: [
    "Le Conseil des ministres a approuvé la signature d'un accord avec la Gambie sur la pêche.",
    "Le Parlement a donné son feu vert à la signature d'un accord avec la Gambie sur la pêche.",
    "Les deux parties étudient la signature d'un accord sur la pêche.",
    "Le Conseil des ministres a approuvé mercredi la signature d'un accord avec la Gambie sur la pêche.",
  ],
  it: [
    "Il Consiglio dei ministri ha approvato la firma di un accordo con la Tunisia sulla pesca.",
    "Il governo ha dato il via libera alla firma di un accordo con la Tunisia sulla pesca.",
    "Le due parti studiano la firma di un accordo sulla pesca.",
  ],
  es: [
    "El Consejo de Ministros aprobó la firma de un convenio con Bolivia sobre pesca.",
    "El Congreso dio luz verde a la firma de un convenio con Bolivia sobre pesca.",
    "Ambas partes estudian la firma de un convenio de pesca.",
    "El Consejo de Ministros aprobó este martes la firma de un convenio con Bolivia sobre pesca.",
  ],
  pt: [
    "O Conselho de Ministros aprovou a assinatura de um acordo com a Namíbia sobre pesca.",
    "O Parlamento deu luz verde à assinatura de um acordo com a Namíbia sobre pesca.",
    "As duas partes estudam a assinatura de um acordo de pesca.",
  ],
  de: [
    "Das Kabinett billigte die Unterzeichnung eines Fischereiabkommens mit Polen.",
    "Das Kabinett genehmigte die Unterzeichnung eines Fischereiabkommens mit Polen.",
    "Die Regierung prüft die Unterzeichnung eines Fischereiabkommens mit Polen.",
    "Das Kabinett billigte am Mittwoch die Unterzeichnung eines Fischereiabkommens mit Polen.",
  ],
  ru: [
    "Правительство одобрило подписание соглашения с Казахстаном о рыболовстве.",
    "Правительство дало одобрение подписанию соглашения с Казахстаном о рыболовстве.",
    "Стороны изучают подписание соглашения о рыболовстве.",
  ],
  ar: [
    "وافق مجلس الوزراء على توقيع اتفاقية مع الأردن في مجال الصيد البحري.",
    "وأقر مجلس الوزراء توقيع اتفاقية مع الأردن في مجال الصيد البحري.",
    "وأوضح البيان أن الطرفين يدرسان توقيع مذكرتي تفاهم في مجال الكهرباء.",
  ],
};

const SIGNED: Record<string, string> = {
  en: "After the Cabinet approved it last week, the ministers signed the memorandum on diplomatic training on Monday.",
  fr: "Après le feu vert du gouvernement, les ministres ont signé lundi l'accord sur la pêche.",
  it: "Dopo l'approvazione del governo, i ministri hanno firmato lunedì l'accordo sulla pesca.",
  es: "Tras la aprobación del Consejo de Ministros, los cancilleres firmaron el lunes el convenio de pesca.",
  pt: "Depois da aprovação do Governo, os ministros assinaram na segunda-feira o acordo de pesca.",
  de: "Nach der Zustimmung des Kabinetts unterzeichneten die Minister am Montag das Fischereiabkommen.",
  ru: "После одобрения правительством министры в понедельник подписали соглашение о рыболовстве.",
  ar: "وبعد موافقة مجلس الوزراء وقع الوزيران يوم الاثنين اتفاقية الصيد البحري.",
};

/** An approval, then the signing told done in the same sentence: the later verb is the news. */
const APPROVED_THEN_SIGNED: Record<string, string> = {
  en: "The Cabinet approved the signing of the agreement with Libya, which was then signed in the evening in Tripoli.",
  it: "Il Consiglio dei ministri ha approvato la firma dell'accordo con la Libia, che è stato poi firmato in serata a Tripoli.",
  es: "El Consejo de Ministros aprobó la firma del convenio con Bolivia, que fue firmado por la tarde en La Paz.",
};

describe("a signing approved or studied", () => {
  for (const [lang, text] of Object.entries(APPROVED_THEN_SIGNED)) {
    it(`${lang}: a signing told done after its approval stays signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
  for (const [lang, texts] of Object.entries(APPROVED)) {
    it.for(texts)(`${lang}: nothing signed in %s`, (text, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(SIGNED)) {
    it(`${lang}: an approval before a signing done keeps it signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
});
