/**
 * A leader named with an office who arrives in another country is on a visit there: the arrival verb is a meeting
 * cue as the visit's noun is ("Chancellor Merz arrived in Ghana", "ist in Ghana eingetroffen", "est arrivé au
 * Ghana", "chegou a Cabo Verde", "وصل إلى"). Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const ARRIVALS = [
  ["Chancellor Friedrich Merz arrived in Ghana on Tuesday.", "DE-GH"],
  ["Bundeskanzler Friedrich Merz ist am Dienstag in Ghana eingetroffen.", "DE-GH"],
  ["Bundeskanzler Friedrich Merz ist am Dienstag in Accra gelandet, der Hauptstadt Ghanas.", "DE-GH"],
  ["Le président sénégalais Bassirou Diomaye Faye est arrivé mardi au Ghana pour une visite de deux jours.", "GH-SN"],
  ["Il presidente Sergio Mattarella è arrivato martedì in Ghana.", "GH-IT"],
  ["El presidente Gustavo Petro llegó el martes a Ghana.", "CO-GH"],
  ["O Presidente Lula da Silva chegou na terça-feira ao Gana.", "BR-GH"],
  ["وصل الرئيس التونسي قيس سعيد يوم الثلاثاء إلى غانا.", "GH-TN"],
] as const;

describe("a leader's arrival in another country", () => {
  it.for(ARRIVALS)("%s → %s", async ([text, pair], { expect }) => {
    expect(await pairKeysOf(text, "2026-05-14")).toEqual([pair]);
  });
  it("names no pair when nobody arrives from another country", async ({ expect }) => {
    expect(await pairKeysOf("Heavy rain arrived in Ghana on Tuesday, the weather service said.", "2026-05-14")).toEqual(
      [],
    );
  });
});
