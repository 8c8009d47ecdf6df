import { describe, it } from "vitest";
import { findCountries, pairsOf } from "../../../src/ingest/recognize/countries";
import { prepare } from "../../../src/ingest/match/normalize";
import { findPositions } from "../../../src/ingest/recognize/positions";

function positions(text: string, title?: string) {
  const doc = prepare(text);
  const titleDoc = title ? prepare(title) : undefined;
  const { countries } = findCountries(doc, titleDoc);
  return findPositions(doc, countries, pairsOf(countries)[0], titleDoc).map((p) => [p.holder, p.issue, p.stance]);
}

describe("findPositions", () => {
  it.for([
    [
      "en",
      "Kazakhstan backs Morocco's autonomy plan for the Sahara. The Kazakh minister met his Moroccan counterpart in Rabat. Morocco thanked Kazakhstan.",
    ],
    [
      "fr",
      "Le Kazakhstan soutient le plan d'autonomie marocain pour le Sahara. Le ministre kazakh a rencontré son homologue marocain. Le Maroc remercie le Kazakhstan.",
    ],
    [
      "it",
      "Il Kazakistan sostiene il piano di autonomia del Marocco per il Sahara. Il ministro kazako ha incontrato il collega marocchino. Il Marocco ringrazia il Kazakistan.",
    ],
    [
      "ar",
      "وجددت كازاخستان دعمها لمبادرة الحكم الذاتي التي قدمها المغرب لقضية الصحراء. والتقى الوزير الكازاخستاني نظيره المغربي. وشكر المغرب كازاخستان.",
    ],
  ] as const)("finds KZ's support for the autonomy plan (%s)", ([, text], { expect }) => {
    expect(positions(text)).toEqual([["KZ", "sahara-autonomy-plan", "supports"]]);
  });

  it("takes the Sahara context from the previous sentence or the title", ({ expect }) => {
    const text =
      "Kazakhstan and Morocco discussed the Sahara. Kazakhstan supports the autonomy plan. Morocco thanked Kazakhstan.";
    expect(positions(text)).toEqual([["KZ", "sahara-autonomy-plan", "supports"]]);
  });

  it("finds nothing without the issue's context or a stance word", ({ expect }) => {
    expect(
      positions(
        "Kazakhstan supports a regional autonomy plan for its own provinces. Morocco and Kazakhstan met. Kazakhstan, Morocco.",
      ),
    ).toEqual([]);
    expect(
      positions(
        "Kazakhstan discussed the autonomy plan for the Sahara with Morocco. Morocco and Kazakhstan met again.",
      ),
    ).toEqual([]);
  });

  it("reads other stances, with the holder named in the sentence when the pair lacks the owner", ({ expect }) => {
    const text =
      "Algeria rejects the autonomy plan for the Sahara. Algeria and Spain discussed gas. Spain and Algeria signed a deal.";
    expect(positions(text)).toEqual([["DZ", "sahara-autonomy-plan", "opposes"]]);
  });
});
