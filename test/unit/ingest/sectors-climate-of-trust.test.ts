import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences written for this test: talks held "in a climate of trust" ("dans un climat de respect", "en un
// clima de cordialidad", "in einem Klima des Vertrauens") tell the atmosphere of the dialogue, not the climate: no
// energy-climate sector. Guard: the climate itself ("changement climatique", "cambio climático") still counts.
const ATMOSPHERE: readonly (readonly [string, string])[] = [
  ["en", "Ghana and Togo held talks on Monday in Accra in a climate of mutual trust and agreed to meet again in May."],
  ["fr", "Le Gabon et la Guinée équatoriale ont tenu lundi à Libreville des discussions dans un climat de respect."],
  ["it", "Italia e Tunisia hanno tenuto lunedì a Roma colloqui in un clima di fiducia e di amicizia."],
  ["es", "Chile y Perú celebraron el lunes en Lima conversaciones en un clima de cordialidad."],
  ["pt", "Angola e Namíbia realizaram na segunda-feira em Luanda conversações num clima de confiança."],
  ["de", "Polen und Litauen führten am Montag in Warschau Gespräche in einem Klima des Vertrauens."],
];
const CLIMATE: readonly (readonly [string, string])[] = [
  ["fr", "Le Gabon et la Guinée équatoriale ont signé lundi à Libreville un accord sur le changement climatique."],
  ["es", "Chile y Perú firmaron el lunes en Lima un acuerdo sobre el cambio climático."],
];

describe("a climate of trust is no climate", () => {
  it.for(ATMOSPHERE)("%s: no energy-climate in %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-10", language });
    expect(a.sectors.map((s) => s.slug)).not.toContain("energy-climate");
    expect(a.sectors.map((s) => s.slug)).toContain("political-dialogue");
  });
  it.for(CLIMATE)("%s: the climate still counts in %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-10", language });
    expect(a.sectors.map((s) => s.slug)).toContain("energy-climate");
  });
});
