/**
 * A signing a word of waiting governs is still ahead, in the eight languages, on either side of the signing noun
 * ("agreements awaiting signature", "à espera de assinatura", "its signing is still pending", "die auf ihre
 * Unterzeichnung warten"). A word of time does not: "Before the signing ceremony, the ministers met" tells a signing
 * done that day, and so does a signing told done beside a waiting ratification. Sentences in our own words, through
 * findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const AHEAD: Record<string, string[]> = {
  en: [
    "The two countries have three agreements on fisheries awaiting signature.",
    "The ministers finished an agreement on fisheries, but its signing is still pending.",
  ],
  fr: [
    "Les deux pays ont trois accords sur la pêche en attente de signature.",
    "Les ministres attendent la signature d'un accord sur la pêche.",
    "Quatre conventions sur la pêche attendent toujours d'être signées.",
  ],
  it: [
    "I due paesi hanno tre accordi sulla pesca in attesa di firma.",
    "I due paesi hanno tre accordi sulla pesca in attesa della firma.",
  ],
  es: [
    "Los dos países tienen tres acuerdos de pesca pendientes de firma.",
    "Los dos países tienen tres acuerdos de pesca a la espera de su firma.",
  ],
  pt: [
    "Os dois países têm três acordos de pesca à espera de assinatura.",
    "Os dois países têm três acordos de pesca que aguardam a assinatura.",
  ],
  de: [
    "Die beiden Länder haben drei Fischereiabkommen, die auf ihre Unterzeichnung warten.",
    "Die beiden Länder haben drei Fischereiabkommen, die auf die Unterzeichnung warten.",
  ],
  ru: [
    "У двух стран три соглашения о рыболовстве ожидают подписания.",
    "Три соглашения о рыболовстве находятся в ожидании подписания.",
    "Стороны согласовали тексты пяти соглашений, которые ждут подписания.",
  ],
  ar: [
    "لدى البلدين ثلاث اتفاقيات في مجال الصيد البحري بانتظار التوقيع.",
    "لدى البلدين ثلاث اتفاقيات في مجال الصيد البحري تنتظر التوقيع.",
  ],
};

const DONE: Record<string, string> = {
  en: "Before the signing ceremony, the ministers met; they then signed an agreement on fisheries.",
  fr: "Avant la signature, les ministres se sont entretenus, puis ils ont signé un accord sur la pêche.",
  it: "Prima della firma dell'accordo sulla pesca, i ministri si sono incontrati a quattr'occhi.",
  es: "Antes de la firma del acuerdo de pesca, los ministros se reunieron a solas.",
  pt: "Antes da assinatura, os ministros conversaram e depois assinaram um acordo de pesca.",
  de: "Vor der Unterzeichnung sprachen die Minister, dann unterzeichneten sie ein Fischereiabkommen.",
  ru: "Перед подписанием министры провели беседу, затем подписали соглашение о рыболовстве.",
  ar: "وقبل التوقيع أجرى الوزيران محادثات، ثم وقعا اتفاقية في مجال الصيد البحري.",
};

describe("a signing still awaited", () => {
  for (const [lang, texts] of Object.entries(AHEAD)) {
    it.for(texts)(`${lang}: nothing signed in %s`, (text, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(DONE)) {
    it(`${lang}: a word of time keeps the signing done`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
});
