/**
 * The instrument whose signing a report marks the anniversary of ("the 30th anniversary of the signing of the Treaty
 * of Friendship", "il ventesimo anniversario della firma del Trattato", "الذكرى العشرين لتوقيع معاهدة") is one in
 * force, no signing of the report; the anniversary's ordinal counts no instruments ("العشرين"). A signing on an
 * anniversary of something else stays a signing (sentences in our own words, FICTIONAL, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments } from "../../helpers/commitment-read";

const MARKED: Record<string, string> = {
  en: "The visit marks the 30th anniversary of the signing of the Treaty of Friendship between the two countries.",
  fr: "La visite coïncide avec le 20e anniversaire de la signature du traité d'amitié et de coopération.",
  it: "La visita coincide con il ventesimo anniversario della firma del Trattato di Amicizia e Cooperazione.",
  es: "La visita coincide con el aniversario de la firma del Tratado de Paz y Amistad.",
  pt: "A visita coincide com o aniversário da assinatura do Tratado de Amizade e Cooperação.",
  de: "Der Besuch fällt auf den 50. Jahrestag der Unterzeichnung des Freundschaftsvertrags.",
  ru: "Визит приурочен к 30-летию подписания Договора о дружбе и сотрудничестве.",
  ar: "تتزامن الزيارة مع الذكرى العشرين لتوقيع معاهدة الصداقة بين البلدين.",
};

describe("an anniversary of a signing marks an instrument in force", () => {
  it.for(byLanguage(MARKED))("$lang", ({ lang, text }, { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["in_force treaty"]);
  });
});

describe("a signing on the anniversary of something else is signed", () => {
  it("en", ({ expect }) => {
    expect(
      firmCommitments("en", "On the anniversary of their first meeting, the ministers signed an agreement on energy."),
    ).toEqual(["signed agreement"]);
  });
});
