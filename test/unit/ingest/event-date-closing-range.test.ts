/**
 * A meeting's range whose sentence tells it ended is dated by its last day, its close being the news ("Tenue du 22
 * au 24 octobre, la réunion s'est achevée sans accord"); a range told without a closing verb (a visit "from 22 to
 * 24 October") keeps its first day. Sentences in our own words, on undated pages and dated ones, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const CLOSED: readonly (readonly [string, string])[] = [
  ["en", "Talks between Kenya and Uganda held in Kampala from 22 to 24 October 2025 ended without a deal."],
  [
    "fr",
    "Tenue à Libreville du 22 au 24 octobre 2025, la réunion entre le Gabon et la Guinée équatoriale s'est achevée sans accord.",
  ],
  ["es", "La reunión entre Chile y Perú, celebrada en Lima del 22 al 24 de octubre de 2025, concluyó sin acuerdo."],
  [
    "de",
    "Die Gespräche zwischen Deutschland und Polen vom 22. bis 24. Oktober 2025 in Warschau endeten ohne Einigung.",
  ],
  ["ru", "Переговоры России и Китая, проходившие в Пекине с 22 по 24 октября 2025 года, завершились без соглашения."],
];
const VISIT: readonly (readonly [string, string])[] = [
  ["en", "The president of Kenya paid a state visit to Uganda from 22 to 24 October 2025."],
  ["fr", "Le président du Gabon effectue du 22 au 24 octobre 2025 une visite officielle en Guinée équatoriale."],
  ["en", "Kenya and Uganda held closed-door talks in Kampala from 22 to 24 October 2025."],
];

describe("a meeting's range told closed", () => {
  it.for(CLOSED)("%s: its last day", async ([language, text], { expect }) => {
    expect((await analyze({ text, language })).eventDate?.date).toBe("2025-10-24");
    expect((await analyze({ text, language, publishedAt: "2025-10-25" })).eventDate?.date).toBe("2025-10-24");
  });
  it.for(VISIT)("%s: a visit's range keeps its first day", async ([language, text], { expect }) => {
    expect((await analyze({ text, language })).eventDate?.date).toBe("2025-10-22");
  });
});
