/**
 * A count told again under another word is the same batch (sentences in our own words, FICTIONAL, through
 * findCommitments): "nineteen memoranda were signed … the signing of the nineteen treaties" is nineteen
 * instruments, not thirty-eight. The number and an article or demonstrative before it mark the batch already told;
 * two batches of one count side by side ("three agreements and three memoranda") stay two.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const CASES: { about: string; firm: number; texts: Record<string, string> }[] = [
  {
    about: "the same count told again with another word",
    firm: 19,
    texts: {
      en: "The governments of Laos and Peru signed nineteen cooperation memoranda in Vientiane on Monday. The two presidents attended the signing of the nineteen treaties at the presidential palace.",
      fr: "Les gouvernements du Laos et du Pérou ont signé lundi à Vientiane dix-neuf mémorandums de coopération. Les deux présidents ont assisté à la signature des dix-neuf traités au palais présidentiel.",
      es: "Los gobiernos de Laos y Perú firmaron el lunes en Vientián diecinueve memorandos de cooperación. Los dos presidentes presenciaron la firma de los diecinueve tratados en el palacio presidencial.",
      it: "I governi del Laos e del Perù hanno firmato lunedì a Vientiane diciannove memorandum di cooperazione. I due presidenti hanno assistito alla firma dei diciannove trattati nel palazzo presidenziale.",
      pt: "Os governos do Laos e do Peru assinaram na segunda-feira em Vientiane dezanove memorandos de cooperação. Os dois presidentes assistiram à assinatura dos dezanove tratados no palácio presidencial.",
      de: "Die Regierungen von Laos und Peru unterzeichneten am Montag in Vientiane neunzehn Kooperationsmemoranden. Die beiden Präsidenten wohnten der Unterzeichnung der neunzehn Verträge im Präsidentenpalast bei.",
      ru: "Правительства Лаоса и Перу подписали в понедельник во Вьентьяне девятнадцать меморандумов о сотрудничестве. Оба президента присутствовали при подписании этих девятнадцати договоров в президентском дворце.",
    },
  },
  {
    about: "two batches of one count side by side",
    firm: 6,
    texts: {
      en: "Laos and Peru signed three agreements and three memoranda of understanding in Vientiane on Monday.",
      es: "Laos y Perú firmaron el lunes en Vientián tres acuerdos y tres memorandos de entendimiento.",
    },
  },
];

for (const c of CASES) {
  describe(c.about, () => {
    it.for(byLanguage(c.texts))("$lang", ({ lang, text }, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(c.firm);
    });
  });
}
