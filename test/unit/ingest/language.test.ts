import { describe, it } from "vitest";
import { detectLanguage, primaryLanguage } from "../../../src/ingest/read/language";

describe("detectLanguage", () => {
  it("honours a declared BCP 47 language", ({ expect }) => {
    expect(detectLanguage("Kazakhstan backs Morocco", "fr-MA")).toBe("fr");
    expect(detectLanguage("Kazakhstan backs Morocco", "ar_MA")).toBe("ar");
    expect(primaryLanguage("ita")).toBe("it");
    expect(primaryLanguage("not a tag")).toBeUndefined();
  });

  it("takes Arabic and Cyrillic script as ar and ru", ({ expect }) => {
    expect(detectLanguage("كازاخستان تدعم مبادرة الحكم الذاتي")).toBe("ar");
    expect(detectLanguage("Казахстан поддерживает план автономии")).toBe("ru");
  });

  it.for([
    ["en", "Kazakhstan has reaffirmed its support for the autonomy initiative put forward by Morocco."],
    ["fr", "Le Kazakhstan a réitéré son soutien à la souveraineté et à l'intégrité territoriale du Royaume."],
    ["it", "Il Kazakistan sostiene la sovranità e l'integrità territoriale del Marocco e considera il piano."],
    ["es", "Kazajistán reiteró su apoyo a la soberanía y la integridad territorial de Marruecos y al plan."],
    ["pt", "O Cazaquistão reiterou o seu apoio à soberania e à integridade territorial de Marrocos."],
    [
      "de",
      "Kasachstan hat seine Unterstützung für die Souveränität und die territoriale Integrität Marokkos bekräftigt.",
    ],
  ] as const)("detects %s with franc-min restricted to our languages", ([lang, text], { expect }) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // A short wire line whose trigrams look like another Romance language: its own function words decide.
  it.for([
    ["es", "Panamá y República Dominicana firmaron ayer un acuerdo de transporte aéreo."],
    ["es", "PANAMÁ, 3 MARZO.- Panamá y Costa Rica firmaron ayer un acuerdo de transporte aéreo."],
    [
      "pt",
      "Luanda, 19 de fevereiro de 2024 – Angola e China assinaram hoje sete acordos para projetos de infraestruturas.",
    ],
    ["it", "Italia e Tunisia hanno firmato ieri un accordo sulla pesca."],
    ["fr", "Le Sénégal et la Gambie ont signé hier un accord de pêche."],
  ] as const)("reads a short %s line by its own function words", ([lang, text], { expect }) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("answers 'und' for text with no letters", ({ expect }) => {
    expect(detectLanguage("12345 — 678")).toBe("und");
  });
});
