/**
 * A city where an older instrument was signed, dated by its month and year only ("firmato a Nairobi nel marzo 2024"),
 * is background: the report's place stays its dateline's. Sentences in our own words (FICTIONAL), through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { byLanguage } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "ROME, 2 October. The Italian cabinet on Friday approved the ratification of the defence agreement with Kenya, signed in Nairobi in March 2024.",
  fr: "ROME, 2 octobre. Le Conseil des ministres italien a approuvé vendredi la ratification de l'accord de défense avec le Kenya, signé à Nairobi en mars 2024.",
  it: "ROMA, 2 ottobre. Il Consiglio dei ministri ha dato venerdì il via libera alla ratifica dell'accordo sulla difesa con il Kenya, firmato a Nairobi nel marzo 2024.",
  es: "ROMA, 2 oct. El Consejo de Ministros italiano aprobó el viernes la ratificación del acuerdo de defensa con Kenia, firmado en Nairobi en marzo de 2024.",
  pt: "ROMA, 2 out. O Conselho de Ministros italiano aprovou na sexta-feira a ratificação do acordo de defesa com o Quénia, assinado em Nairóbi em março de 2024.",
  de: "ROM, 2. Oktober. Das italienische Kabinett billigte am Freitag die Ratifizierung des Verteidigungsabkommens mit Kenia, das im März 2024 in Nairobi unterzeichnet wurde.",
  ru: "РИМ, 2 октября. Совет министров Италии в пятницу одобрил ратификацию соглашения об обороне с Кенией, подписанного в Найроби в марте 2024 года.",
  ar: "روما، 2 أكتوبر - وافق مجلس الوزراء الإيطالي يوم الجمعة على التصديق على اتفاقية الدفاع مع كينيا، الموقعة في نيروبي في مارس 2024.",
};

describe("an older signing's city, dated by month and year, is no place of the report", () => {
  it.for(byLanguage(TEXTS))("$lang", async ({ text }, { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-10-02T12:00:00Z" });
    expect(a.place).toBe("Rome");
  });
});

/** A report dated by its publication alone that tells its own talks by their month keeps their city (review probe). */
describe("the report's own happening told by its month keeps its place", () => {
  it("en", async ({ expect }) => {
    const a = await analyze({
      text: "The foreign ministers of Morocco and Kazakhstan held talks in Rabat in April 2026 on trade and transport.",
      publishedAt: "2026-05-05T12:00:00Z",
    });
    expect(a.place).toBe("Rabat");
  });
});
