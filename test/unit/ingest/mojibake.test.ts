/**
 * UTF-8 read as Windows-1252 or Windows-1250 by the page that served it is read back before anything else reads the
 * text; a text with a single such run, or none, is left as written. Texts in our own words.
 */
import { describe, it } from "vitest";
import { repairMojibake } from "../../../src/ingest/match/mojibake";
import { analyze } from "../../../src/ingest/analyze";

/** The bytes of `text` in UTF-8, read one by one through a code page (as a misconfigured page does). */
function garble(text: string, encoding: "windows-1252" | "windows-1250"): string {
  return new TextDecoder(encoding).decode(new TextEncoder().encode(text));
}

describe("mojibake", () => {
  it.for([
    ["fr", "Le Maroc et le Niger ont signé à Rabat des accords de coopération en matière de santé."],
    ["es", "Los cancilleres firmaron un memorándum sobre educación y energía."],
    ["pt", "Os dois países assinaram acordos de cooperação na área da saúde."],
    ["de", "Die Außenminister unterzeichneten ein Abkommen über Zusammenarbeit."],
    ["ar", "وقع البلدان مذكرة تفاهم في مجال الصحة."],
    ["ru", "Стороны подписали соглашение о сотрудничестве в области здравоохранения."],
    ["en", "The ministers’ talks – held in Zürich – covered trade."],
  ] as const)("%s: read back from Windows-1252", ([, text], { expect }) => {
    expect(repairMojibake(garble(text, "windows-1252"))).toBe(text);
  });

  it("reads back Windows-1250, and restores a lost no-break space of 'à'", ({ expect }) => {
    expect(repairMojibake("La coopĂ©ration Ă Rabat porte sur la santĂ©.")).toBe(
      "La coopération à Rabat porte sur la santé.",
    );
  });

  it.for([
    "Plain ASCII text stays as it is.",
    "Le café Ã© est un nom de marque.",
    "Les relations franco-allemandes, l'État, Ça va, Évian.",
    "Die Straße führt über die Brücke.",
    "Der „Fuß“ und das „Maß“ sind alte Einheiten.",
    "PERCHÉ” e PIÙ” sono parole accentate.",
  ])("leaves alone: %s", (text, { expect }) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it("a garbled report reaches its pair, its title and its field", async ({ expect }) => {
    const text = garble(
      "Rabat, 10 mars (Fixture) - Le Maroc et le Niger ont signé mardi à Rabat trois accords de coopération dans le domaine de la santé.",
      "windows-1252",
    );
    const a = await analyze({ text, language: "fr", publishedAt: "2026-03-10" });
    expect(a.pairs.map((p) => p.key)).toEqual(["MA-NE"]);
    expect(a.text).toContain("coopération");
    expect(a.sectors.map((s) => s.slug)).toContain("health");
  });
});
