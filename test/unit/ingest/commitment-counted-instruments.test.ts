/**
 * A counted plural of a named instrument is that many instruments (sentences written for this project, FICTIONAL):
 * "three joint statements, on security, on trade and on migration" are three joint statements, and "eight
 * documents" in the lead hold them, so the report gives eight in all: three statements, one agreement, four more.
 * A Russian count is read in every case ("под тремя совместными заявлениями").
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const FIRM = new Set(["signed", "ratified", "in_force"]);

/** How many signed instruments a report gives in all, and how many of them are joint statements. */
function counts(lang: string, text: string): [number, number] {
  const firm = commitmentsOf(lang, text).filter((c) => FIRM.has(c.status));
  const sum = (cs: typeof firm) => cs.reduce((n, c) => n + (c.instruments ?? 1), 0);
  return [sum(firm), sum(firm.filter((c) => c.legalForm === "joint-statement"))];
}

/** Eight documents, three joint statements on three fields, one agreement. */
const EIGHT: readonly string[] = [
  "en Kenya and Ghana signed eight documents in Nairobi on Monday. The presidents signed three joint statements, on security, on trade and on migration. The ministers signed an agreement on energy.",
  "fr Le Bénin et le Ghana ont signé huit documents lundi à Cotonou. Les présidents ont signé trois déclarations conjointes, sur la sécurité, sur le commerce et sur les migrations. Les ministres ont signé un accord sur l'énergie.",
  "it Italia e Tunisia hanno firmato otto documenti lunedì a Roma. I presidenti hanno firmato tre dichiarazioni congiunte, sulla sicurezza, sul commercio e sulle migrazioni. I ministri hanno firmato un accordo sull'energia.",
  "es Perú y Bolivia firmaron ocho documentos el lunes en Lima. Los presidentes firmaron tres declaraciones conjuntas, sobre seguridad, comercio y migración. Los ministros firmaron un acuerdo sobre energía.",
  "pt Angola e Namíbia assinaram oito documentos na segunda-feira em Luanda. Os presidentes assinaram três declarações conjuntas, sobre segurança, comércio e migração. Os ministros assinaram um acordo sobre energia.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra acht Dokumente. Die Präsidenten unterzeichneten drei gemeinsame Erklärungen zu Sicherheit, Handel und Migration. Die Minister unterzeichneten ein Abkommen über Energie.",
  "ru Армения и Казахстан подписали в понедельник в Астане восемь документов. Президенты подписали три совместных заявления — по безопасности, по торговле и по миграции. Министры подписали соглашение об энергетике.",
  "ru Армения и Казахстан подписали в понедельник в Астане восемь документов. Президенты поставили подписи под тремя совместными заявлениями: о безопасности, о торговле и о миграции. Министры подписали соглашение об энергетике.",
];
/** Two joint statements with no field each, and one agreement, of six documents. */
const SIX: readonly string[] = [
  "en Kenya and Ghana signed six documents in Nairobi on Monday. The presidents signed two joint statements. The ministers signed an agreement on energy.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra sechs Dokumente. Die Präsidenten unterzeichneten zwei gemeinsame Erklärungen. Die Minister unterzeichneten ein Abkommen über Energie.",
  "ru Армения и Казахстан подписали в понедельник в Астане шесть документов. Президенты подписали два совместных заявления. Министры подписали соглашение об энергетике.",
];
/** One joint statement of the two presidents: a count of the signatories is none of the statement's. */
const ONE: readonly string[] = [
  "en The two presidents signed a joint statement in Nairobi on Monday.",
  "fr Les deux présidents ont signé une déclaration conjointe lundi à Cotonou.",
  "ru Два президента подписали в понедельник в Астане совместное заявление.",
];

describe("a counted plural of a named instrument", () => {
  it.for(EIGHT)("%s → 8 in all, 3 joint statements", (line, { expect }) => {
    expect(counts(line.slice(0, 2), line.slice(3))).toEqual([8, 3]);
  });
  it.for(SIX)("%s → 6 in all, 2 joint statements", (line, { expect }) => {
    expect(counts(line.slice(0, 2), line.slice(3))).toEqual([6, 2]);
  });
  it.for(ONE)("%s → one joint statement", (line, { expect }) => {
    expect(counts(line.slice(0, 2), line.slice(3))).toEqual([1, 1]);
  });
});
