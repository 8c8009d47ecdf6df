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

  it("answers 'und' for text with no letters", ({ expect }) => {
    expect(detectLanguage("12345 — 678")).toBe("und");
  });
});
