/**
 * Instruments told as being prepared for signing ("are being prepared for signing", "en préparation en vue de leur
 * signature", "zur Unterzeichnung vorbereitet", "к подписанию готовятся", "يجري التحضير لتوقيع") are still ahead:
 * beside the agreement signed that day, they add no signed instrument (sentences in our own words, FICTIONAL, through
 * findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "The foreign ministers of Mongolia and Uzbekistan signed an agreement on mutual visa exemption in Tashkent on Tuesday.\nWe are working together, and five more intergovernmental agreements are being prepared for signing, the minister said.",
  fr: "Les ministres des Affaires étrangères de la Mongolie et de l'Ouzbékistan ont signé mardi à Tachkent un accord d'exemption mutuelle de visas.\nNous travaillons ensemble, et cinq autres accords intergouvernementaux sont en préparation en vue de leur signature, a indiqué le ministre.",
  it: "I ministri degli Esteri di Mongolia e Uzbekistan hanno firmato martedì a Tashkent un accordo di esenzione reciproca dal visto.\nLavoriamo insieme, e altri cinque accordi intergovernativi sono in preparazione per la firma, ha detto il ministro.",
  es: "Los cancilleres de Mongolia y Uzbekistán firmaron el martes en Taskent un acuerdo de exención mutua de visados.\nTrabajamos juntos, y otros cinco acuerdos intergubernamentales están en preparación para su firma, dijo el ministro.",
  pt: "Os chefes da diplomacia da Mongólia e do Usbequistão assinaram na terça-feira em Tashkent um acordo de isenção mútua de vistos.\nTrabalhamos juntos, e outros cinco acordos intergovernamentais estão em preparação para assinatura, disse o ministro.",
  de: "Die Außenminister der Mongolei und Usbekistans unterzeichneten am Dienstag in Taschkent ein Abkommen über die gegenseitige Visafreiheit.\nWir arbeiten zusammen, und fünf weitere Regierungsabkommen werden zur Unterzeichnung vorbereitet, sagte der Minister.",
  ru: "Министры иностранных дел Монголии и Узбекистана во вторник подписали в Ташкенте соглашение о взаимной отмене визовых требований.\n«Мы готовим визит президента вместе, к подписанию готовятся ещё пять межправительственных соглашений», — сообщил министр.",
  ar: "وقع وزيرا خارجية منغوليا وأوزبكستان يوم الثلاثاء في طشقند اتفاقية للإعفاء المتبادل من التأشيرات.\nوقال الوزير إن البلدين يعملان معا، ويجري التحضير لتوقيع خمس اتفاقيات حكومية أخرى.",
};

describe("instruments prepared for signing are still ahead", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
