/**
 * Initialling (seed/lexicons/commitments.json, `initialled`): in treaty law initials authenticate an agreed text
 * before its signature, and English, German, Russian and Arabic reports use the word in that sense; French
 * "parapher", Italian "siglare", Spanish and Portuguese "rubricar" are what the press of those languages writes for
 * a signing. And a plan of consultations or of cooperation, an instrument of its own (a programme). Sentences
 * written for this project.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

function read(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-07-10");
  return findCommitments(doc, matchTracks(doc), dates, "2026-07-10", eventDateOf(dates, "2026-07-10")).map(
    (c) => `${c.status} ${c.legalForm ?? "-"}`,
  );
}
const firm = (lang: string, text: string) => read(lang, text).filter((c) => /^(signed|ratified|in_force) /.test(c));

describe("an instrument initialled", () => {
  it.for([
    ["en", "Kenya and Uganda initialled a trade agreement in Nairobi on Monday."],
    ["en", "The text of the air services agreement was initialed by the two negotiators."],
    ["de", "Deutschland und Polen paraphierten am Montag ein Abkommen über den Grenzverkehr."],
    ["de", "Das Abkommen über die Zusammenarbeit im Verkehr wurde in Berlin paraphiert."],
    ["ru", "Делегации Армении и Грузии парафировали соглашение о торговле."],
    ["ar", "وقع الجانبان بالأحرف الأولى على اتفاقية للنقل الجوي."],
    ["ar", "تم التوقيع بالأحرف الأولى على اتفاقية للتعاون التجاري بين البلدين."],
  ])("%s: %s is no signature", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });

  it.for([
    ["fr", "Le Sénégal et la Gambie ont paraphé jeudi un accord sur la pêche."],
    ["it", "Italia e Tunisia hanno siglato un accordo sulla pesca."],
    ["es", "Perú y Bolivia rubricaron un convenio de cooperación pesquera."],
    ["pt", "Angola e Namíbia rubricaram um acordo de pescas."],
    ["en", "The agreement on trade, initialled in May, was signed in Nairobi on Monday."],
    ["de", "Das Abkommen über den Handel wurde paraphiert und am Montag unterzeichnet."],
    ["ru", "Соглашение о торговле было парафировано и подписано в понедельник."],
  ])("%s: %s is signed", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed agreement"]);
  });
});

describe("a plan of consultations or of cooperation", () => {
  it.for([
    ["en", "The foreign ministers signed a plan of consultations between the two ministries for 2026."],
    ["fr", "Les ministres ont signé un plan de consultations entre les deux ministères pour 2026."],
    ["it", "I ministri hanno firmato un piano di consultazioni per il 2026."],
    ["es", "Los cancilleres firmaron un plan de consultas políticas para 2026."],
    ["pt", "Os ministros assinaram o plano de cooperação para 2026-2028."],
    ["de", "Die Minister unterzeichneten einen Konsultationsplan für 2026."],
    ["ru", "Министры подписали план межведомственных консультаций на 2026 год."],
    ["ar", "ووقع الوزيران خطة المشاورات السياسية بين الوزارتين لعام 2026."],
  ])("%s: %s is a signed programme", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed programme"]);
  });
});
