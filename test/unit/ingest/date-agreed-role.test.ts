/**
 * The day two sides agreed ("reached this understanding on 7 May 2026", "sont convenus le 7 mai 2026", "acordaron el 7
 * de mayo de 2026") is the happening's date. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

describe("the day of an agreement reached", () => {
  it.for([
    [
      "en",
      "After long sessions that covered trade, energy, transport and culture, the two sides reached this understanding on 7 May 2026 in Vientiane.",
    ],
    [
      "fr",
      "Après de longues séances consacrées au commerce, à l'énergie et à la culture, les deux parties sont convenus le 7 mai 2026 à Vientiane de relever leurs relations.",
    ],
    [
      "es",
      "Tras largas sesiones dedicadas al comercio, la energía, el transporte y la cultura, ambos gobiernos acordaron el 7 de mayo de 2026 en Vientián elevar sus relaciones.",
    ],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(findDates(prepare(text), lang).map((d) => `${d.date} ${d.role}`)).toEqual(["2026-05-07 event"]);
  });
});
