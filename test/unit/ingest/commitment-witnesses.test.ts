/**
 * Business people or companies in whose presence two states sign ("In the presence of businessmen…", "بحضور رجال
 * الأعمال") witness the signing: they are not its signers, so the instrument stays the pair's (sentences in our own
 * words, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments } from "../../helpers/commitment-read";

const TEXTS: Record<string, string> = {
  en: "In the presence of businessmen from both countries, Kenya and Peru signed an agreement on tourism.",
  fr: "En présence d'hommes d'affaires des deux pays, le Kenya et le Pérou ont signé un accord sur le tourisme.",
  it: "Alla presenza di imprenditori dei due paesi, Kenya e Perù hanno firmato un accordo sul turismo.",
  es: "En presencia de empresarios de ambos países, Kenia y Perú firmaron un acuerdo sobre turismo.",
  pt: "Na presença de empresários dos dois países, o Quénia e o Peru assinaram um acordo sobre turismo.",
  de: "Im Beisein von Unternehmern beider Länder haben Kenia und Peru ein Abkommen über Tourismus unterzeichnet.",
  ru: "В присутствии предпринимателей двух стран Кения и Перу подписали соглашение о туризме.",
  ar: "وقعت كينيا والبيرو بحضور رجال الأعمال من البلدين اتفاقية للتعاون في مجال السياحة.",
};

describe("business people witnessing a signing", () => {
  it.for(byLanguage(TEXTS))("$lang", ({ lang, text }, { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });

  it("keeps a deal the businessmen sign themselves out", ({ expect }) => {
    expect(firmCommitments("en", "Businessmen from both countries signed an agreement on tourism in Lima.")).toEqual(
      [],
    );
  });
});

describe("a company word in an earlier item's subject", () => {
  it.for([
    ["pt", "O Brasil e Angola assinaram um memorando de apoio às pequenas empresas e um memorando sobre turismo."],
    ["en", "Brazil and Angola signed a memorandum to support small companies and a memorandum on tourism."],
    ["es", "Brasil y Angola firmaron un memorando de apoyo a las pequeñas empresas y un memorando sobre turismo."],
  ] as const)("%s: signs no firm's deal", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed memorandum", "signed memorandum"]);
  });

  it("still keeps a deal a firm signs, named after the verb, out", ({ expect }) => {
    expect(firmCommitments("pt", "Assinaram as empresas de Angola e do Brasil um memorando sobre turismo.")).toEqual(
      [],
    );
  });
});

describe("a company word inside a state institution's name", () => {
  it.for([
    ["pt", "O Ministério das Pequenas Empresas do Brasil e o Ministério do Comércio da Índia assinaram um acordo."],
    ["en", "The Ministry of Small Enterprises of Brazil and the Ministry of Commerce of India signed an agreement."],
    ["pt", "O Ministério do Empreendedorismo e da Pequena Empresa do Brasil e o da Índia fecharam hoje um acordo."],
  ] as const)("%s: is no firm", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });

  it("keeps firms named by a lower-case company word out", ({ expect }) => {
    expect(
      firmCommitments("pt", "As empresas petrolíferas do Brasil e da Índia fecharam um acordo sobre gás."),
    ).toEqual([]);
  });
});

describe("a country's own body named 'Organização'", () => {
  it("is no organisation of several states", ({ expect }) => {
    const text =
      "O Brasil e a Índia assinaram vários instrumentos. Na saúde, a agência sanitária firmou um memorando, tendo como contraparte a Organização Central de Controle de Medicamentos da Índia.";
    expect(firmCommitments("pt", text)).toContain("signed memorandum");
  });

  it("still keeps a regional organisation's instrument out", ({ expect }) => {
    expect(firmCommitments("pt", "Os Estados-membros da organização regional assinaram um memorando.")).toEqual([]);
  });
});
