/**
 * An instrument of an organisation is no commitment of a pair (src/ingest/recognize/commitment-organisations.ts).
 * Sentences written for this project, in the eight languages; each also signs the pair's own instrument, which stays.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const DAY = "2026-07-10";

function firm(lang: string, text: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, DAY);
  return findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY))
    .filter((c) => ["signed", "ratified", "in_force"].includes(c.status))
    .map((c) => `${c.status} ${c.legalForm ?? "-"}`);
}

describe("an instrument signed with an organisation", () => {
  it.for([
    ["en", "Ghana and Togo signed a memorandum on tourism. Ghana also signed a grant agreement with the World Bank."],
    [
      "fr",
      "Le Mali et le Niger ont signé un mémorandum sur le tourisme. Le Mali a signé un accord de financement avec la Banque mondiale.",
    ],
    [
      "it",
      "Italia e Albania hanno firmato un memorandum sul turismo. L'Italia ha firmato con l'UNESCO un accordo di finanziamento.",
    ],
    ["es", "Perú y Chile firmaron un memorando sobre turismo. Perú firmó un acuerdo de pesca con la Unión Europea."],
    [
      "pt",
      "Angola e Namíbia assinaram um memorando sobre turismo. Angola e a SADC assinaram ainda um acordo de financiamento.",
    ],
    [
      "de",
      "Österreich und Chile unterzeichneten ein Memorandum über Tourismus. Chile unterzeichnete ein Abkommen mit der Weltbank.",
    ],
    ["ru", "Армения и Грузия подписали меморандум о туризме. Армения подписала соглашение с Всемирным банком."],
    ["ar", "وقعت تونس وليبيا مذكرة تفاهم في مجال السياحة. ووقعت تونس اتفاقية مع البنك الدولي."],
    // Regional communities, one list with the organs an officer speaks for (seed/lexicons/organisations.json).
    ["en", "Peru and Chile signed a memorandum on tourism. Peru also signed an agreement with the Andean Community."],
    ["es", "Belice y Guatemala firmaron un memorando sobre turismo. Belice firmó además un acuerdo con la CARICOM."],
    [
      "de",
      "Kenia und Uganda unterzeichneten ein Memorandum über Tourismus. Kenia schloss zudem ein Abkommen mit der IGAD.",
    ],
  ])("%s: only the pair's memorandum", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed memorandum"]);
  });

  it("an abbreviation counts only in capitals: Italian 'uno' is no organisation", ({ expect }) => {
    expect(
      firm("it", "Italia e Albania hanno firmato un memorandum e uno accordo con uno dei ministri.").length,
    ).toBeGreaterThan(0);
  });
});

describe("a firm named by a compound or an inflected company word", () => {
  it.for([
    [
      "de",
      "Österreich und Chile unterzeichneten ein Memorandum über Tourismus. Ein Energiekonzern unterzeichnete eine Vereinbarung mit dem chilenischen Stromversorger.",
    ],
    [
      "de",
      "Österreich und Chile unterzeichneten ein Memorandum über Tourismus. Der Autohersteller unterzeichnete ein Abkommen über Lieferungen.",
    ],
    [
      "ru",
      "Армения и Грузия подписали меморандум о туризме. Армянский концерн подписал соглашение с грузинским партнером.",
    ],
  ])("%s: only the pair's memorandum", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed memorandum"]);
  });
});

describe("an instrument described as like another", () => {
  it.for([
    ["en", "Ghana and Togo signed a memorandum on tourism. Ghana signed a similar agreement with Benin last year."],
    [
      "fr",
      "Le Mali et le Niger ont signé un mémorandum sur le tourisme. Le Mali a signé un accord similaire avec le Burkina Faso.",
    ],
    [
      "it",
      "Italia e Albania hanno firmato un memorandum sul turismo. L'Italia ha firmato un accordo analogo con la Grecia.",
    ],
    ["es", "Perú y Chile firmaron un memorando sobre turismo. Perú firmó un acuerdo similar con Bolivia."],
    ["pt", "Angola e Namíbia assinaram um memorando sobre turismo. Angola assinou um acordo semelhante com a Zâmbia."],
    [
      "de",
      "Österreich und Chile unterzeichneten ein Memorandum über Tourismus. Chile unterzeichnete ein ähnliches Abkommen mit Peru.",
    ],
    ["ru", "Армения и Грузия подписали меморандум о туризме. Армения подписала аналогичное соглашение с Ираном."],
    ["ar", "وقعت تونس وليبيا مذكرة تفاهم في مجال السياحة. ووقعت تونس اتفاقية مماثلة مع الجزائر."],
  ])("%s: only the pair's memorandum", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed memorandum"]);
  });
});

describe("the members of a regional organisation signing together", () => {
  // FICTIONAL sentences: the leaders of a regional organisation's members sign its documents (no pair's), and two
  // states named signing on the sidelines of its summit keep theirs.
  it.for([
    ["ru", "Лидеры стран СНГ подписали в Душанбе 19 документов, в том числе соглашение о сотрудничестве."],
    [
      "en",
      "The leaders of the CIS member states signed 19 documents in Dushanbe, including an agreement on cooperation.",
    ],
    [
      "fr",
      "Les dirigeants des pays de la Ligue arabe ont signé une déclaration et un accord sur la sécurité alimentaire.",
    ],
    ["de", "Die Staatschefs der SOZ unterzeichneten in Tianjin eine Erklärung und ein Abkommen über Energie."],
  ])("%s: none of the pair's", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });

  it("two states signing on the sidelines keep their instrument", ({ expect }) => {
    expect(
      firm("en", "On the sidelines of the SCO summit, Kazakhstan and Uzbekistan signed a memorandum on water use."),
    ).toEqual(["signed memorandum"]);
  });
});
