/**
 * Two countries opening a sentence as the subject of its signing word, a few words at most before it ("Kazakhstan
 * and China, for their part, signed an agreement on air services in 2019", "Le Kazakhstan et la Chine ont pour leur
 * part signé…")
 * are the instrument's parties: when they are not the report's pair, the instrument is theirs, never the report's.
 * The report's own pair told so keeps its instrument. Our own sentences (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { byLanguage } from "../../helpers/commitment-read";

const LEAD: Record<string, string> = {
  en: "Russia and Mongolia signed an agreement on visa-free travel for holders of service passports in Moscow on Monday. The Mongolian minister thanked his Russian counterpart.",
  fr: "La Russie et la Mongolie ont signé lundi à Moscou un accord d'exemption de visas pour les titulaires de passeports de service. Le ministre mongol a remercié son homologue russe.",
  it: "Russia e Mongolia hanno firmato lunedì a Mosca un accordo di esenzione dal visto per i titolari di passaporti di servizio. Il ministro mongolo ha ringraziato il suo omologo russo.",
  es: "Rusia y Mongolia firmaron el lunes en Moscú un acuerdo de exención de visados para titulares de pasaportes de servicio. El ministro mongol agradeció a su homólogo ruso.",
  pt: "A Rússia e a Mongólia assinaram na segunda-feira em Moscovo um acordo de isenção de vistos para titulares de passaportes de serviço. O ministro mongol agradeceu ao seu homólogo russo.",
  de: "Russland und die Mongolei unterzeichneten am Montag in Moskau ein Abkommen über die Visafreiheit für Inhaber von Dienstpässen. Der mongolische Minister dankte seinem russischen Amtskollegen.",
  ru: "Россия и Монголия подписали в понедельник в Москве соглашение о безвизовом режиме для владельцев служебных паспортов. Монгольский министр поблагодарил российского коллегу.",
};

const ASIDE: Record<string, string> = {
  en: "\nKazakhstan and China, for their part, signed an agreement on air services in 2019.",
  fr: "\nLe Kazakhstan et la Chine ont pour leur part signé un accord sur le transport aérien en 2019.",
  it: "\nIl Kazakistan e la Cina hanno invece firmato un accordo sul trasporto aereo nel 2019.",
  es: "\nKazajistán y China, por su parte, firmaron un acuerdo sobre transporte aéreo en 2019.",
  pt: "\nO Cazaquistão e a China, por sua vez, assinaram um acordo sobre transporte aéreo em 2019.",
  de: "\nKasachstan und China unterzeichneten ihrerseits 2019 ein Abkommen über den Luftverkehr.",
  ru: "\nКазахстан и Китай, в свою очередь, подписали соглашение о воздушном сообщении в 2019 году.",
};

const TEXTS = Object.fromEntries(Object.entries(LEAD).map(([lang, lead]) => [lang, `${lead}${ASIDE[lang]}`]));

// A country set off by commas ("Kazakhstan, Russia's closest ally, signed…") is one signer: the pair's own instrument.
const APPOSITIVE =
  "Morocco and Kazakhstan held talks in Rabat on Monday. Kazakhstan, Russia's closest ally in Central Asia, signed an air services agreement with Morocco.";

describe("two countries opening the sentence of a signing are its parties", () => {
  it("a country set off by commas is no second signer", async ({ expect }) => {
    const a = await analyze({ text: APPOSITIVE, publishedAt: "2026-04-14T10:00:00Z" });
    expect(a.pairs.map((p) => p.key)).toEqual(["KZ-MA"]);
    expect(a.commitments.map((c) => `${c.status} ${c.legalForm}`)).toEqual(["signed agreement"]);
  });
  it.for(byLanguage(TEXTS))("$lang", async ({ text }, { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-04-14T10:00:00Z" });
    expect(a.pairs.map((p) => p.key)).toContain("MN-RU");
    // The visa agreement is the report's pair's; the other is Kazakhstan's and China's, never Mongolia's.
    const read = a.commitments.map((c) => `${c.legalForm} ${(c.parties ?? []).join("-") || "MN-RU"}`);
    expect(read.sort()).toEqual(["agreement CN-KZ", "agreement MN-RU"]);
  });
});
