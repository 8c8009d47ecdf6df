/**
 * Instruments concluded without a plain "signed X" clause (src/ingest/recognize/commitment-cues.ts and
 * commitment-status.ts): an exchange of instruments, a signing told by a noun, and a signing verb farther from the
 * instrument than a word that carries no status of it. Sentences written for this project, in the eight languages.
 */
import { describe, it } from "vitest";
import data from "../../../seed/lexicons/commitments.json";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const LANGUAGES = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"];

function read(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-07-10");
  return findCommitments(doc, matchTracks(doc), dates, "2026-07-10", eventDateOf(dates, "2026-07-10")).map(
    (c) => `${c.status} ${c.legalForm ?? "-"}`,
  );
}
const firm = (lang: string, text: string) => read(lang, text).filter((c) => /^(signed|ratified|in_force) /.test(c));

describe("the exchange lexicon", () => {
  it("names its words in all eight languages", ({ expect }) => {
    const exchange = (data as unknown as { exchange?: Record<string, Record<string, string[]>> }).exchange;
    expect(exchange).toBeDefined();
    const { $comment: _c, ...lists } = exchange ?? {};
    for (const [name, byLang] of Object.entries(lists)) {
      expect(Object.keys(byLang).sort(), name).toEqual([...LANGUAGES].sort());
    }
  });
});

describe("an exchange of instruments", () => {
  it.for([
    ["en", "Ghana and Togo exchanged two memoranda of understanding in Accra on Thursday."],
    ["en", "At the end of the talks the two sides exchanged a series of agreements."],
    ["fr", "Le Mali et le Niger ont échangé jeudi deux mémorandums d'entente à Bamako."],
    ["ar", "وفي ختام المحادثات تم تبادل مذكرتي تفاهم بين تونس وليبيا يوم الخميس."],
    ["it", "Al termine del vertice tra Italia e Malta c'è stato lo scambio di sette intese."],
    ["es", "Perú y Bolivia intercambiaron el jueves varios convenios en La Paz."],
    ["ru", "Министры Армении и Грузии обменялись в Ереване двумя меморандумами о взаимопонимании."],
    ["pt", "Angola e Namíbia trocaram na quinta-feira três memorandos de entendimento em Luanda."],
    ["de", "Zum Abschluss des Besuchs tauschten Polen und Litauen zwei Abkommen aus."],
  ])("%s: %s is a signature", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "").length).toBeGreaterThan(0);
  });

  it.for([
    ["en", "Ghana and Togo exchanged views on the agreement on fisheries on Thursday."],
    ["en", "The ministers exchanged letters of congratulation on the anniversary of the treaty."],
    ["en", "Ghana and Togo will exchange two memoranda of understanding next week."],
    ["fr", "Le Mali et le Niger ont échangé leurs vues sur l'accord de pêche."],
    ["it", "Italia e Malta hanno avuto uno scambio di opinioni sull'accordo sulla pesca."],
    ["es", "Perú y Bolivia aún no intercambiaron los convenios previstos."],
    ["ru", "Министры обменялись мнениями о соглашении о рыболовстве."],
    ["de", "Polen und Litauen tauschten sich über das Abkommen aus."],
  ])("%s: %s is none", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });
});

describe("a signing told by a noun", () => {
  it.for([
    ["en", "The presidents of Ghana and Togo attended the signature of an agreement on fisheries on Thursday."],
    ["en", "The presidents of Ghana and Togo attended the signing of an agreement on fisheries on Thursday."],
    ["es", "Los ministros de Perú y Bolivia asistieron el jueves a la suscripción de un convenio de pesca."],
    ["it", "I ministri di Italia e Malta hanno assistito giovedì alla sottoscrizione di un accordo sulla pesca."],
    ["ru", "Министры Армении и Грузии в четверг поставили подписи под соглашением о рыболовстве."],
    [
      "de",
      "Die Minister Polens und Litauens setzten am Donnerstag ihre Unterschriften unter ein Abkommen über Fischerei.",
    ],
    ["pt", "Os ministros de Angola e da Namíbia rubricaram na quinta-feira um acordo de pescas."],
  ])("%s: %s is a signature", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed agreement"]);
  });
});

describe("the signing verb over a nearer word with no status of the instrument", () => {
  it.for([
    [
      "fr",
      "Quatre accords de coopération engageant les deux gouvernements dans le domaine de la pêche ont été signés jeudi entre le Mali et le Niger.",
    ],
    [
      "en",
      "Four agreements committing both governments to closer cooperation in fisheries were signed on Thursday by Ghana and Togo.",
    ],
    [
      "it",
      "Quattro accordi che impegnano i due governi nel settore della pesca sono stati firmati giovedì da Italia e Malta.",
    ],
  ])("%s: %s is signed", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "").length).toBeGreaterThan(0);
  });

  it.for([
    ["en", "A treaty on fisheries was discussed on Thursday, and Ghana and Togo signed a memorandum on health."],
    ["fr", "Un traité sur la pêche a été examiné jeudi, et le Mali et le Niger ont signé un mémorandum sur la santé."],
    ["es", "Un tratado de pesca fue discutido el jueves y Perú y Bolivia firmaron un memorando sobre salud."],
  ])("%s: a weaker finite verb still governs the instrument before it", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed memorandum"]);
  });

  it.for([
    ["en", "Visa exemption for diplomats was discussed by Ghana and Togo on Thursday before their ministers signed."],
    ["fr", "L'exemption de visas a été discutée jeudi par le Mali et le Niger avant que leurs ministres ne signent."],
  ])("%s: a weaker finite verb after the instrument is its status, not a later signing", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });

  it("keeps a weaker word before the instrument", ({ expect }) => {
    expect(
      firm("en", "Ghana and Togo signed a memorandum on culture on Thursday and discussed a treaty on fisheries."),
    ).toEqual(["signed memorandum"]);
  });
});

describe("instruments described after the sentence that signed them", () => {
  const fields = (lang: string, text: string) => (firm(lang, text).length === 0 ? [] : describedFields(lang, text));

  it.for([
    ["en", "Ghana and Togo signed two agreements on Thursday. The agreements cover energy and health."],
    ["fr", "Le Mali et le Niger ont signé jeudi deux accords. Les accords portent sur l'énergie et la santé."],
    ["it", "Italia e Malta hanno firmato giovedì due accordi. Gli accordi riguardano l'energia e la sanità."],
    ["es", "Perú y Bolivia firmaron el jueves dos acuerdos. Los acuerdos abarcan la energía y la salud."],
    ["pt", "Angola e Namíbia assinaram na quinta-feira dois acordos. Os acordos abrangem a energia e a saúde."],
  ])("%s: %s gives each its field", ([lang, text], { expect }) => {
    expect(fields(lang ?? "", text ?? "")).toEqual(["energy-climate", "health"]);
  });

  it("German: the plural written as the singular still takes the signing", ({ expect }) => {
    const text =
      "Polen und Litauen haben am Donnerstag zwei Abkommen unterzeichnet. Die Abkommen betreffen Energie und Gesundheit.";
    expect(describedFields("de", text)).toContain("energy-climate");
  });

  it.for([
    ["en", "Ghana and Togo discussed two agreements on Thursday. The agreements cover energy and health."],
    ["en", "Ghana and Togo signed five agreements on Thursday. The agreements cover energy and health."],
  ])("%s: %s adds no signed field", ([lang, text], { expect }) => {
    expect(describedFields(lang ?? "", text ?? "").filter((f) => f !== "political-dialogue")).toEqual([]);
  });
});

function describedFields(lang: string, text: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-07-10");
  return findCommitments(doc, matchTracks(doc), dates, "2026-07-10", eventDateOf(dates, "2026-07-10"))
    .filter((c) => c.status === "signed")
    .map((c) => c.track ?? c.sector)
    .sort();
}

describe("an instrument formalized", () => {
  it.for([
    ["en", "Ghana and Togo formalized an agreement on fisheries on Thursday."],
    ["fr", "Le Mali et le Niger ont officialisé jeudi un accord sur la pêche."],
    ["it", "Italia e Malta hanno formalizzato giovedì un accordo sulla pesca."],
    ["es", "Perú y Bolivia formalizaron el jueves un acuerdo de pesca."],
    ["pt", "Angola e Namíbia oficializaram na quinta-feira um acordo de pescas."],
    ["de", "Polen und Litauen haben am Donnerstag ein Abkommen über Fischerei besiegelt."],
    ["ru", "В четверг были оформлены соглашения между Арменией и Грузией о рыболовстве."],
  ])("%s: %s is a signature", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "").length).toBeGreaterThan(0);
  });

  it.for([
    ["es", "Perú y Bolivia esperan formalizar un acuerdo de pesca."],
    ["ru", "Оформление виз для граждан Армении и Грузии упростят."],
  ])("%s: %s is none", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });
});
