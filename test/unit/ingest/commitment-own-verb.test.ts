/**
 * A batch with its own signing verb right after it is signed by that verb, not lost to an earlier one that another
 * instrument stands between ("Two of the agreements, which were signed in Accra, concern air services and trade,
 * while four memoranda of understanding were signed on tourism, agriculture, energy and education"), in the eight
 * languages. Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { byLanguage, firmSectors } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "Two of the agreements, which were signed in Accra, concern air services and trade, while four memoranda of understanding were signed on tourism, agriculture, energy and education.",
  fr: "Deux des accords, qui ont été signés à Accra, portent sur les services aériens et le commerce, tandis que quatre mémorandums d'entente ont été signés sur le tourisme, l'agriculture, l'énergie et l'éducation.",
  it: "Due degli accordi, che sono stati firmati ad Accra, riguardano i servizi aerei e il commercio, mentre quattro memorandum d'intesa sono stati firmati su turismo, agricoltura, energia e istruzione.",
  es: "Dos de los acuerdos, que fueron firmados en Accra, se refieren a los servicios aéreos y al comercio, mientras que cuatro memorandos de entendimiento fueron firmados sobre turismo, agricultura, energía y educación.",
  pt: "Dois dos acordos, que foram assinados em Acra, dizem respeito aos serviços aéreos e ao comércio, enquanto quatro memorandos de entendimento foram assinados sobre turismo, agricultura, energia e educação.",
  de: "Zwei der Abkommen, die in Accra unterzeichnet wurden, betreffen den Luftverkehr und den Handel, während vier Absichtserklärungen unterzeichnet wurden zu Tourismus, Landwirtschaft, Energie und Bildung.",
  ru: "Два соглашения, которые были подписаны в Аккре, касаются воздушного сообщения и торговли, а четыре меморандума о взаимопонимании подписаны по туризму, сельскому хозяйству, энергетике и образованию.",
  ar: "واتفاقيتان وقعتا في أكرا تتعلقان بالنقل الجوي والتجارة، بينما وقعت أربع مذكرات تفاهم بشأن السياحة والزراعة والطاقة والتعليم.",
};

describe("a batch signed by its own verb", () => {
  it.for(byLanguage(TEXTS))("$lang: its fields are signed", ({ lang, text }, { expect }) => {
    const fields = firmSectors(lang, text).map((s) => s.split(" ")[0]);
    expect(fields).toContain("agriculture-food-security");
    expect(fields).toContain("energy-climate");
  });
});
