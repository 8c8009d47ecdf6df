/**
 * Instruments named only as what is carried out ("the implementation of the agreements signed during the state
 * visit", "die Umsetzung der Vereinbarungen", "реализации соглашений", "تنفيذ الاتفاقيات") are the ones signed
 * before, whose follow-up is the news: no instrument of the report. Agreements the report signs and whose
 * implementation it then mentions are still signed (sentences in our own words, FICTIONAL, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const FOLLOW_UP: Record<string, string> = {
  en: "The presidents discussed the implementation of the agreements signed during the state visit in March.",
  fr: "Les présidents ont évoqué la mise en œuvre des accords signés lors de la visite d'État en mars.",
  it: "I presidenti hanno discusso l'attuazione degli accordi firmati durante la visita di Stato a marzo.",
  es: "Los presidentes analizaron la implementación de los acuerdos firmados durante la visita de Estado en marzo.",
  pt: "Os presidentes analisaram a implementação dos acordos assinados durante a visita de Estado em março.",
  de: "Die Präsidenten erörterten die Umsetzung der Vereinbarungen, die während des Staatsbesuchs im März unterzeichnet wurden.",
  ru: "Президенты обсудили ход реализации соглашений, подписанных в ходе государственного визита в марте.",
  ar: "وبحث الرئيسان تنفيذ الاتفاقيات الموقعة خلال زيارة الدولة في مارس.",
};

const SIGNED_THEN_FOLLOWED: Record<string, string> = {
  en: "The ministers signed three agreements on energy, health and transport.\nThey agreed to meet again to review the implementation of the agreements.",
  fr: "Les ministres ont signé trois accords sur l'énergie, la santé et les transports.\nIls sont convenus de se revoir pour examiner la mise en œuvre des accords.",
  it: "I ministri hanno firmato tre accordi su energia, sanità e trasporti.\nHanno convenuto di rivedersi per esaminare l'attuazione degli accordi.",
  es: "Los ministros firmaron tres acuerdos sobre energía, salud y transporte.\nAcordaron reunirse de nuevo para revisar la implementación de los acuerdos.",
  pt: "Os ministros assinaram três acordos sobre energia, saúde e transportes.\nAcordaram voltar a reunir-se para avaliar a implementação dos acordos.",
  de: "Die Minister unterzeichneten drei Abkommen über Energie, Gesundheit und Verkehr.\nSie vereinbarten ein weiteres Treffen, um die Umsetzung der Vereinbarungen zu prüfen.",
  ru: "Министры подписали три соглашения в области энергетики, здравоохранения и транспорта.\nОни договорились встретиться вновь, чтобы оценить ход реализации соглашений.",
  ar: "وقع الوزيران ثلاث اتفاقيات في مجالات الطاقة والصحة والنقل.\nواتفقا على الاجتماع مجددا لمراجعة تنفيذ الاتفاقيات.",
};

describe("agreements named as what is carried out are older ones", () => {
  it.for(byLanguage(FOLLOW_UP))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(0);
  });
});

describe("agreements the report signs stay signed when their implementation follows", () => {
  it.for(byLanguage(SIGNED_THEN_FOLLOWED))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(3);
  });
});
