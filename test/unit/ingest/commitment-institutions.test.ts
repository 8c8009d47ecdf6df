/**
 * Instruments signed by state institutions of the two countries (central banks, diplomatic academies, investment
 * agencies, public broadcasters) are the pair's commitments; joint communiqués establishing diplomatic relations
 * and strategic-partnership declarations signed are instruments of their stated form. Sentences written for this
 * project, in the eight languages (src/ingest/recognize/commitments.ts and seed/lexicons/commitments.json).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const DAY = "2026-07-10";

/** The legal forms of the signed commitments of one sentence. */
function signedForms(lang: string, text: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, DAY);
  return findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY))
    .filter((c) => c.status === "signed")
    .map((c) => c.legalForm ?? "-");
}

const rows = (want: string, byLang: Record<string, string>) =>
  Object.entries(byLang).map(([lang, text]) => ({ lang, text, want }));

const INSTITUTIONS = rows("memorandum", {
  en: "The central banks of Kenya and Uganda signed a memorandum of understanding on cross-border payments.",
  fr: "L'académie diplomatique du Mali et l'institut diplomatique du Niger ont signé un mémorandum d'entente.",
  it: "Le banche centrali di Italia e Albania hanno firmato un memorandum d'intesa sui pagamenti.",
  es: "La Academia Diplomática de Perú y el Instituto del Servicio Exterior de Chile firmaron un memorando de entendimiento.",
  pt: "A agência de promoção do investimento de Angola e a sua homóloga namibiana assinaram um memorando.",
  de: "Die Zentralbanken Polens und Litauens unterzeichneten ein Memorandum über Zahlungen.",
  ru: "Дипломатические академии МИД Армении и Грузии подписали меморандум о сотрудничестве.",
  ar: "وقعت الأكاديمية الدبلوماسية المغربية والمعهد الدبلوماسي الموريتاني مذكرة تفاهم للتعاون.",
});

const RELATIONS = rows("joint-statement", {
  en: "Kenya and Fiji signed a joint communiqué establishing diplomatic relations.",
  fr: "Le Mali et les Fidji ont signé un communiqué conjoint portant établissement de relations diplomatiques.",
  it: "Italia e Figi hanno firmato un comunicato congiunto sull'avvio delle relazioni diplomatiche.",
  es: "Perú y Fiyi firmaron un comunicado conjunto para el establecimiento de relaciones diplomáticas.",
  pt: "Angola e Fiji assinaram um comunicado conjunto sobre o estabelecimento de relações diplomáticas.",
  de: "Polen und Fidschi unterzeichneten ein gemeinsames Kommuniqué über die Aufnahme diplomatischer Beziehungen.",
  ru: "Армения и Фиджи подписали совместное коммюнике об установлении дипломатических отношений.",
  ar: "وقع المغرب وفيجي على بيان مشترك بشأن إقامة علاقات دبلوماسية.",
});

const PARTNERSHIP = rows("declaration", {
  en: "Kenya and India signed a declaration on their strategic partnership.",
  fr: "Le Maroc et l'Inde ont signé une déclaration sur le partenariat stratégique.",
  it: "Italia e India hanno firmato una dichiarazione sul partenariato strategico.",
  es: "Perú y la India firmaron una declaración de asociación estratégica.",
  pt: "Angola e Índia assinaram uma declaração de parceria estratégica.",
  de: "Polen und Indien unterzeichneten eine Erklärung über eine strategische Partnerschaft.",
  ru: "Армения и Индия подписали декларацию о стратегическом партнерстве.",
  ar: "وقع المغرب والهند على إعلان الشراكة الاستراتيجية.",
});

describe("instruments of state institutions and of the relationship itself", () => {
  it.for([...INSTITUTIONS, ...RELATIONS, ...PARTNERSHIP])(
    "$lang: one signed $want",
    ({ lang, text, want }, { expect }) => {
      expect(signedForms(lang, text)).toEqual([want]);
    },
  );

  it("a communiqué only planned is no signature", ({ expect }) => {
    expect(signedForms("de", "Polen und Fidschi wollen ein gemeinsames Kommuniqué unterzeichnen.")).toEqual([]);
    expect(signedForms("ru", "Армения и Фиджи планируют подписать совместное коммюнике.")).toEqual([]);
  });
});
