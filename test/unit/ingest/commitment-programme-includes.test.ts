/**
 * A visit's programme told as including a stop ("The programme includes a visit to the palace where peace was signed
 * in 1996", "El programa incluye una visita…", "Программа предусматривает посещение…"): the day's agenda, no
 * instrument, and the old signing there is none of the pair's. Only the agreement signed that day counts (sentences in
 * our own words, FICTIONAL, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "The president of Guatemala began a state visit to Honduras on Tuesday, where the two foreign ministers signed a cultural cooperation agreement.\nThe programme includes a visit to the old government palace, where peace was signed in January 1996.",
  fr: "Le président du Guatemala a entamé mardi une visite d'État au Honduras, où les deux ministres des Affaires étrangères ont signé un accord de coopération culturelle.\nLe programme prévoit une visite de l'ancien palais du gouvernement, où la paix a été signée en janvier 1996.",
  it: "Il presidente del Guatemala ha iniziato martedì una visita di Stato in Honduras, dove i due ministri degli Esteri hanno firmato un accordo di cooperazione culturale.\nIl programma prevede una visita all'antico palazzo del governo, dove la pace fu firmata nel gennaio 1996.",
  es: "El presidente de Guatemala inició este martes una visita de Estado a Honduras, donde los cancilleres de ambos países firmaron un convenio de cooperación cultural.\nEl programa incluye una visita al antiguo palacio de gobierno, donde en enero de 1996 se firmó la paz.",
  pt: "O presidente da Guatemala iniciou na terça-feira uma visita de Estado às Honduras, onde os dois chefes da diplomacia assinaram um acordo de cooperação cultural.\nO programa inclui uma visita ao antigo palácio do governo, onde a paz foi assinada em janeiro de 1996.",
  de: "Der Präsident Guatemalas begann am Dienstag einen Staatsbesuch in Honduras, wo die beiden Außenminister ein Kulturabkommen unterzeichneten.\nDas Programm sieht einen Besuch im alten Regierungspalast vor, wo im Januar 1996 der Frieden unterzeichnet wurde.",
  ru: "Президент Гватемалы во вторник начал государственный визит в Гондурас, где министры иностранных дел двух стран подписали соглашение о культурном сотрудничестве.\nПрограмма предусматривает посещение старого правительственного дворца, где в январе 1996 года был подписан мир.",
  ar: "بدأ رئيس غواتيمالا يوم الثلاثاء زيارة دولة إلى هندوراس، وقع خلالها وزيرا خارجية البلدين اتفاقية للتعاون الثقافي.\nويتضمن البرنامج زيارة القصر الحكومي القديم حيث وقع السلام في يناير 1996.",
};

describe("a visit's programme is its agenda, no instrument", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
