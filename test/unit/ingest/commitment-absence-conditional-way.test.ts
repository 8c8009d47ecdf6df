/**
 * Three ways a report names a signing that did not happen, in the eight languages (sentences in our own words,
 * through findCommitments): the absence of an agreement ("even in the absence of a signed agreement", "en l'absence
 * d'accord signé", "رغم عدم توقيع اتفاق"); a signing that would bring something (Russian "позволило бы подписание");
 * and a step that paves the way for a signing ("opens the way to the signing", "откроет путь к подписанию", "يمهد
 * الطريق لتوقيع"). Guards: the absence of a person, and a way told in the past tense, leave a signing done signed.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const NOT_SIGNED: Record<string, string[]> = {
  en: [
    "Even in the absence of a signed agreement on the border, the talks were held in a good atmosphere.",
    "The audit will open the way to the signing of the free trade agreement.",
  ],
  fr: [
    "Même en l'absence d'accord signé sur la frontière, les discussions se sont tenues dans le respect.",
    "L'audit ouvrira la voie à la signature de l'accord de libre-échange.",
  ],
  it: [
    "Anche in assenza di accordo firmato sul confine, i colloqui si sono svolti in un buon clima.",
    "La verifica aprirà la strada alla firma dell'accordo di libero scambio.",
  ],
  es: [
    "Aun a falta de acuerdo firmado sobre la frontera, las conversaciones se celebraron con respeto.",
    "La auditoría abrirá el camino para la firma del acuerdo de libre comercio.",
  ],
  pt: [
    "Mesmo na falta de acordo assinado sobre a fronteira, as conversações decorreram com respeito.",
    "A auditoria vai abrir caminho para a assinatura do acordo de comércio livre.",
  ],
  de: [
    "Auch mangels eines unterzeichneten Abkommens über die Grenze verliefen die Gespräche respektvoll.",
    "Die Prüfung ebnet den Weg für die Unterzeichnung des Freihandelsabkommens.",
  ],
  ru: [
    "Значительно увеличить объёмы торговли позволило бы подписание соглашения о свободной торговле.",
    "Аудит откроет путь к подписанию соглашения о свободной торговле.",
  ],
  ar: [
    "ورغم عدم توقيع اتفاق بشأن الحدود جرت المحادثات في أجواء إيجابية.",
    "ومن شأن التدقيق أن يمهد الطريق لتوقيع اتفاقية التجارة الحرة.",
  ],
};

const SIGNED: Record<string, string> = {
  en: "In the absence of the president, the two ministers signed an agreement on free trade on Monday.",
  fr: "En l'absence du président, les deux ministres ont signé lundi un accord de libre-échange.",
  ru: "В отсутствие президента министры в понедельник подписали соглашение о свободной торговле.",
  es: "Las negociaciones abrieron el camino y el lunes los ministros firmaron el acuerdo de libre comercio.",
};

describe("a signing absent, conditional or prepared for", () => {
  for (const [lang, texts] of Object.entries(NOT_SIGNED)) {
    it.for(texts)(`${lang}: nothing signed in %s`, (text, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(SIGNED)) {
    it(`${lang}: a signing done stays signed`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
});
