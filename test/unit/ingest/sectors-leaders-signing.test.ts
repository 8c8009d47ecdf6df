/**
 * Leaders who sign together have met: a lead whose head of state or government (or foreign minister) signs with the
 * other side ("the presidents signed a declaration on their relations") reports political dialogue, though it names
 * no meeting word and no topic of its own (FICTIONAL leads written for this project). A minister of another field
 * signing is no such meeting.
 */
import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

const SIGNING = [
  ["en", "The presidents of Ghana and Mali signed a document raising their relations to a new level."],
  ["fr", "Le président du Ghana et le président du Mali ont signé à Accra le traité de Kumasi."],
  ["es", "El presidente de Chile y el presidente de Perú firmaron en Lima una declaración sobre sus relaciones."],
  ["pt", "O Presidente de Angola e o Presidente da Namíbia assinaram em Luanda uma declaração sobre as relações."],
  ["it", "Il presidente del Consiglio e il primo ministro sloveno hanno firmato a Trieste il trattato di Gorizia."],
  ["ru", "Президент Армении и президент Ирана подписали документ, который выводит отношения на новый уровень."],
  ["de", "Der Bundeskanzler und der polnische Ministerpräsident unterzeichneten in Warschau den Vertrag von Thorn."],
  ["ar", "وقع الرئيس المصري والرئيس السوداني في القاهرة وثيقة للارتقاء بالعلاقات إلى مستوى جديد."],
] as const;

describe("leaders who sign together", () => {
  it.for(SIGNING)("are political dialogue (%s: %s)", ([lang, lead], { expect }) => {
    expect(sectorsIn(lang, `${lead} The weather was fine.`)).toContain("political-dialogue");
  });
  it("a minister of another field signing is no meeting of the two sides", ({ expect }) => {
    expect(
      sectorsIn("en", "The agriculture minister signed a lease for the new depot. The weather was fine."),
    ).not.toContain("political-dialogue");
  });
});
