import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

// FICTIONAL texts written for this test. "The day before" that times an arrival ("the king, who arrived the day
// before, held talks today") dates the arrival, not the signing the talks ended in: the instruments take the day of
// the talks. "The day before" standing for a happening of its own ("The day before, they signed…") still dates it.
const ARRIVED: readonly (readonly [string, string])[] = [
  [
    "en",
    "Today the King of Jordan, who arrived the day before on a state visit, held talks with the President of Uzbekistan. After the talks, an extradition agreement was signed.",
  ],
  [
    "fr",
    "Aujourd'hui, le roi de Jordanie, arrivé la veille en visite d'État, a eu des entretiens avec le président ouzbek. À l'issue des entretiens, un accord d'extradition a été signé.",
  ],
  [
    "es",
    "Hoy el rey de Jordania, llegado la víspera en visita de Estado, mantuvo conversaciones con el presidente uzbeko. Tras las conversaciones se firmó un acuerdo de extradición.",
  ],
  [
    "ru",
    "Сегодня прибывший накануне с государственным визитом король Иордании провел переговоры с президентом Узбекистана. По итогам переговоров подписано соглашение об экстрадиции.",
  ],
];

const signedOn = (lang: string, text: string, day: string) => {
  const doc = prepare(text);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "signed")
    .map((c) => c.signedOn ?? null);
};

describe("'the day before' that times an arrival does not date the signing", () => {
  it.for(ARRIVED)("%s", ([lang, text], { expect }) => {
    expect(signedOn(lang, text, "2025-08-26")).toEqual(["2025-08-26"]);
  });
  it("still dates a signing told as the day before", ({ expect }) => {
    expect(
      signedOn(
        "en",
        "The King of Jordan held talks in Samarkand today. The day before, the two governments signed an extradition agreement.",
        "2025-08-26",
      ),
    ).toEqual(["2025-08-25"]);
  });
});
