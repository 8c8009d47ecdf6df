/**
 * A "between" phrase that names an instrument's parties before its signing word ("между Казахстаном и Китаем
 * подписан меморандум", "entre le Kazakhstan et la Chine a été signé un mémorandum"): when they are not the report's
 * pair, the instrument is theirs, no commitment of the report's pair. Our own sentences (FICTIONAL), in the eight
 * languages.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { byLanguage } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "Russia and Mongolia signed an agreement on visa-free travel for holders of service passports in Moscow on Monday.\nThe ministers welcomed the fact that between Kazakhstan and China a memorandum on air services was signed.",
  fr: "La Russie et la Mongolie ont signé lundi à Moscou un accord d'exemption de visas pour les titulaires de passeports de service.\nLes ministres se sont félicités qu'entre le Kazakhstan et la Chine ait été signé un mémorandum sur le transport aérien.",
  it: "Russia e Mongolia hanno firmato lunedì a Mosca un accordo di esenzione dal visto per i titolari di passaporti di servizio.\nI ministri hanno accolto con favore che tra il Kazakistan e la Cina sia stato firmato un memorandum sul trasporto aereo.",
  es: "Rusia y Mongolia firmaron el lunes en Moscú un acuerdo de exención de visados para titulares de pasaportes de servicio.\nLos ministros celebraron que entre Kazajistán y China se firmara un memorando sobre transporte aéreo.",
  pt: "A Rússia e a Mongólia assinaram na segunda-feira em Moscovo um acordo de isenção de vistos para titulares de passaportes de serviço.\nOs ministros saudaram que entre o Cazaquistão e a China tenha sido assinado um memorando sobre transporte aéreo.",
  de: "Russland und die Mongolei unterzeichneten am Montag in Moskau ein Abkommen über die Visafreiheit für Inhaber von Dienstpässen.\nDie Minister begrüßten, dass zwischen Kasachstan und China ein Memorandum über den Luftverkehr unterzeichnet wurde.",
  ru: "Россия и Монголия подписали в понедельник в Москве соглашение о безвизовом режиме для владельцев служебных паспортов.\nМинистры приветствовали то, что между Казахстаном и Китаем подписан меморандум о воздушном сообщении.",
  ar: "وقعت روسيا ومنغوليا يوم الاثنين في موسكو اتفاقية للإعفاء من التأشيرات لحاملي جوازات الخدمة.\nورحب الوزيران بأنه بين كازاخستان والصين وقعت مذكرة تفاهم في مجال النقل الجوي.",
};

describe("a 'between' phrase before the signing word names the instrument's parties", () => {
  it.for(byLanguage(TEXTS))("$lang", async ({ text }, { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-04-14T10:00:00Z" });
    expect(a.pairs.map((p) => p.key)).toContain("MN-RU");
    // The visa agreement is the report's pair's; the memorandum is Kazakhstan's and China's, never Mongolia's.
    // (An instrument whose clause names no parties is the report's pair's.)
    const read = a.commitments.map((c) => `${c.legalForm} ${(c.parties ?? []).join("-") || "MN-RU"}`);
    expect(read.sort()).toEqual(["agreement MN-RU", "memorandum CN-KZ"]);
  });
});

/** A "between" phrase that sets the scene before the report's own signing (FICTIONAL probes written in review). */
const SETTINGS: readonly [string, string][] = [
  [
    "en",
    "Morocco and Kazakhstan hold talks in Rabat\nThe foreign ministers of Morocco and Kazakhstan met in Rabat on Monday for talks on bilateral cooperation. Amid tensions between Russia and Ukraine, Kazakhstan and Morocco signed an agreement on energy. The Moroccan minister welcomed his Kazakh counterpart.",
  ],
  [
    "en",
    "Morocco and Kazakhstan hold talks in Rabat\nThe foreign ministers of Morocco and Kazakhstan met in Rabat on Monday for talks on bilateral cooperation. Despite the war between Russia and Ukraine Kazakhstan and Morocco signed an agreement on energy. The Moroccan minister welcomed his Kazakh counterpart.",
  ],
  [
    "it",
    "Marocco e Kazakistan, colloqui a Rabat\nI ministri degli esteri del Marocco e del Kazakistan si sono incontrati lunedì a Rabat per colloqui sulla cooperazione bilaterale. Nonostante le tensioni tra Russia e Ucraina, Kazakistan e Marocco hanno firmato un accordo sull'energia. Il ministro marocchino ha accolto il suo omologo kazako.",
  ],
  [
    "de",
    "Marokko und Kasachstan führen Gespräche in Rabat\nDie Außenminister Marokkos und Kasachstans trafen sich am Montag in Rabat zu Gesprächen über die bilaterale Zusammenarbeit. Trotz der Spannungen zwischen Russland und der Ukraine unterzeichneten Kasachstan und Marokko ein Abkommen über Energie. Der marokkanische Minister begrüßte seinen kasachischen Amtskollegen.",
  ],
  [
    "ar",
    "محادثات مغربية كازاخستانية في الرباط\nالتقى وزيرا خارجية المغرب وكازاخستان يوم الاثنين في الرباط لإجراء محادثات حول التعاون الثنائي. وعلى خلفية التوتر بين روسيا وأوكرانيا وقع المغرب وكازاخستان اتفاقية في مجال الطاقة. ورحب الوزير المغربي بنظيره الكازاخستاني.",
  ],
];

describe("a 'between' phrase of the scene is no instrument's parties", () => {
  it.for(SETTINGS)("%s: %s", async ([, text], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-03T10:00:00Z" });
    expect(
      a.commitments.filter((c) => c.status === "signed").map((c) => (c.parties ?? []).join("-") || "KZ-MA"),
    ).toEqual(["KZ-MA"]);
  });
});
