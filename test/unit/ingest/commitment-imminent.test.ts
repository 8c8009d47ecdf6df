/**
 * A signing named as imminent or upcoming is still ahead, in the eight languages, whichever side of the signing noun
 * the word stands on ("la signature prochaine", "the imminent signing", "о скором подписании", "التوقيع القريب"),
 * and so is one a report says is expected ("предполагается подписание"). Sentences in our own words, through
 * findCommitments; a signing of the day beside them stays signed.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const AHEAD: Record<string, string[]> = {
  en: [
    "The ministers announced the imminent signing of an agreement on air services.",
    "The ministers welcomed the impending signature of an agreement on air services.",
  ],
  fr: [
    "Les ministres ont annoncé la signature prochaine d'un accord sur les services aériens.",
    "Les ministres ont salué la signature imminente d'un accord sur les services aériens.",
  ],
  it: [
    "I ministri hanno annunciato la firma imminente di un accordo sui servizi aerei.",
    "I ministri hanno annunciato la firma prossima di un accordo sui servizi aerei.",
  ],
  es: [
    "Los ministros anunciaron la firma inminente de un acuerdo de servicios aéreos.",
    "Los ministros anunciaron la firma próxima de un acuerdo de servicios aéreos.",
  ],
  pt: [
    "Os ministros anunciaram a assinatura iminente de um acordo de serviços aéreos.",
    "Os ministros anunciaram a assinatura próxima de um acordo de serviços aéreos.",
  ],
  de: [
    "Die Minister kündigten die baldige Unterzeichnung eines Luftverkehrsabkommens an.",
    "Die Minister begrüßten die bevorstehende Unterzeichnung eines Luftverkehrsabkommens.",
  ],
  ru: [
    "Министры объявили о скором подписании соглашения о воздушном сообщении.",
    "Кроме того, предполагается подписание соглашения о воздушном сообщении.",
  ],
  ar: [
    "وأعلن الوزيران عن التوقيع القريب على اتفاقية للنقل الجوي.",
    "وأعلن الوزيران عن التوقيع الوشيك على اتفاقية للنقل الجوي.",
  ],
};

const SIGNED: Record<string, string> = {
  en: "The ministers signed an agreement on air services on Friday.",
  fr: "Les ministres ont signé vendredi un accord sur les services aériens.",
  it: "I ministri hanno firmato venerdì un accordo sui servizi aerei.",
  es: "Los ministros firmaron el viernes un acuerdo de servicios aéreos.",
  pt: "Os ministros assinaram na sexta-feira um acordo de serviços aéreos.",
  de: "Die Minister unterzeichneten am Freitag ein Luftverkehrsabkommen.",
  ru: "Министры в пятницу подписали соглашение о воздушном сообщении.",
  ar: "ووقع الوزيران يوم الجمعة اتفاقية للنقل الجوي.",
};

describe("a signing told as imminent", () => {
  for (const [lang, texts] of Object.entries(AHEAD)) {
    it.for(texts)(`${lang}: nothing signed in %s`, (text, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
});

describe("a signing of the day", () => {
  it.for(byLanguage(SIGNED))("$lang: stays signed", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
