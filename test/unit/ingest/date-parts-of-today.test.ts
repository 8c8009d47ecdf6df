import { describe, expect, it } from "vitest";
import { parsePartsOfToday } from "../../../src/ingest/recognize/date-parts-of-today";

describe("a part of the report's own day", () => {
  it.for([
    ["fr", "Les deux pays ont signé ce matin un accord."],
    ["it", "I due Paesi hanno firmato stamattina un accordo."],
    ["es", "Los dos países firmaron esta mañana un acuerdo."],
    ["pt", "Os dois países assinaram nesta manhã um acordo."],
    ["en", "The two countries signed an agreement this morning."],
    ["de", "Die beiden Länder unterzeichneten heute früh ein Abkommen."],
    ["ru", "Этим утром страны подписали соглашение."],
  ])("%s: is the reference day", ([lang, text]) => {
    const found = parsePartsOfToday(text ?? "", lang ?? "", "2026-04-16");
    expect(found.map((f) => [f.date, f.evidence])).toEqual([["2026-04-16", "weekday"]]);
  });

  it("needs a reference day, and reads no other words", () => {
    expect(parsePartsOfToday("Les deux pays ont signé ce matin un accord.", "fr", undefined)).toEqual([]);
    expect(parsePartsOfToday("Le matin des négociations, rien n'était signé.", "fr", "2026-04-16")).toEqual([]);
    expect(parsePartsOfToday("وقع البلدان صباح اليوم اتفاقية.", "ar", "2026-04-16")).toEqual([]);
  });
});
