/**
 * A signed package of documents, then a sentence opening with what the package holds ("The package includes
 * twelve agreements…", "В нём двенадцать соглашений…"): the package's words carry the signature to that count, as
 * "Among them" does (sentences in our own words, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "Kenya and Peru signed a package of documents in Lima on Monday. The package includes twelve agreements and memoranda on cooperation.",
  fr: "Le Kenya et le Pérou ont signé lundi à Lima un paquet de documents. Le paquet comprend douze accords et mémorandums de coopération.",
  it: "Kenya e Perù hanno firmato lunedì a Lima un pacchetto di documenti. Il pacchetto comprende dodici accordi e memorandum di cooperazione.",
  es: "Kenia y Perú firmaron el lunes en Lima un paquete de documentos. El paquete incluye doce acuerdos y memorandos de cooperación.",
  pt: "O Quénia e o Peru assinaram na segunda-feira em Lima um pacote de documentos. O pacote inclui doze acordos e memorandos de cooperação.",
  de: "Kenia und Peru haben am Montag in Lima ein Paket von Dokumenten unterzeichnet. Das Paket umfasst zwölf Abkommen und Memoranden über Zusammenarbeit.",
  ru: "Кения и Перу подписали в понедельник в Лиме пакет документов. В нём двенадцать соглашений и меморандумов о сотрудничестве.",
  ar: "وقعت كينيا والبيرو يوم الاثنين في ليما حزمة من الوثائق. وتضمنت الحزمة اثنتي عشرة اتفاقية ومذكرة تفاهم للتعاون.",
};

describe("what a signed package includes", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(12);
  });

  it("gives nothing to a package only planned", ({ expect }) => {
    const text = "Kenya and Peru will sign a package of documents next month. The package includes twelve agreements.";
    expect(firmInstruments("en", text)).toBe(0);
  });
});
