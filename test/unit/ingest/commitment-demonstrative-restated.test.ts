/**
 * A plural form after a demonstrative ("These agreements were signed in Santiago…", "Ces accords", "Эти соглашения",
 * "هذه الاتفاقيات"), with no count or field of its own, names again the instruments a report has just told: it adds
 * none (sentences in our own words, FICTIONAL, through findCommitments). Four agreements by field, then "these
 * agreements" with where they were signed, are four.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "Mongolia and Chile signed four agreements covering health, agriculture, energy and justice.\nThese agreements were signed in Santiago during the state visit of the Mongolian president.",
  fr: "La Mongolie et le Chili ont signé quatre accords couvrant la santé, l'agriculture, l'énergie et la justice.\nCes accords ont été signés à Santiago lors de la visite d'État du président mongol.",
  it: "La Mongolia e il Cile hanno firmato quattro accordi che riguardano la sanità, l'agricoltura, l'energia e la giustizia.\nQuesti accordi sono stati firmati a Santiago durante la visita di Stato del presidente mongolo.",
  es: "Mongolia y Chile firmaron cuatro acuerdos sobre salud, agricultura, energía y justicia.\nEstos acuerdos fueron firmados en Santiago durante la visita de Estado del presidente mongol.",
  pt: "A Mongólia e o Chile assinaram quatro acordos sobre saúde, agricultura, energia e justiça.\nEstes acordos foram assinados em Santiago durante a visita de Estado do presidente mongol.",
  de: "Die Mongolei und Chile unterzeichneten vier Abkommen über Gesundheit, Landwirtschaft, Energie und Justiz.\nDiese Abkommen wurden in Santiago während des Staatsbesuchs des mongolischen Präsidenten unterzeichnet.",
  ru: "Монголия и Чили подписали четыре соглашения о здравоохранении, сельском хозяйстве, энергетике и юстиции.\nЭти соглашения были подписаны в Сантьяго во время государственного визита президента Монголии.",
  ar: "وقعت منغوليا وتشيلي أربع اتفاقيات في مجالات الصحة والزراعة والطاقة والعدل.\nووقعت هذه الاتفاقيات في سانتياغو خلال زيارة الدولة التي قام بها الرئيس المنغولي.",
};

describe("a demonstrative plural restates the instruments just told", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(4);
  });
});
