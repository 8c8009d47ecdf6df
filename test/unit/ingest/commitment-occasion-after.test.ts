import { describe, it } from "vitest";
import { firmRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. Instruments told again with the visit or talks that were the occasion
// of their signing ("were signed during the talks") are the ones told before: the occasion is when and where, not
// what an instrument is about, so it makes no instrument of political dialogue.
const THREE = [
  ["signed", "culture-people"],
  ["signed", "health"],
  ["signed", "transport-logistics"],
] as const;

const OCCASION: readonly (readonly [string, string])[] = [
  [
    "en",
    "Kenya and Ghana signed three agreements on cultural cooperation, health and transport. The agreements were signed during the talks between the two presidents.",
  ],
  [
    "es",
    "Kenia y Ghana firmaron tres acuerdos sobre cooperación cultural, salud y transporte. Los acuerdos fueron firmados durante la visita de Estado del presidente ghanés.",
  ],
  [
    "fr",
    "Le Kenya et le Ghana ont signé trois accords sur la coopération culturelle, la santé et les transports. Les accords ont été signés lors de la visite d'État du président ghanéen.",
  ],
];

describe("the occasion of a signing told after instruments told again", () => {
  it.for(OCCASION)("%s: %s", async ([, text], { expect }) => {
    const got = await firmRows(text, ["status", "sector"]);
    expect(got.pairs).toEqual(["GH-KE"]);
    expect(got.rows).toEqual(THREE.map((r) => [...r]));
  });

  // A field the instrument's own complement names before the occasion stays its field.
  it("an agreement on political consultations signed during the visit keeps its field", async ({ expect }) => {
    const got = await firmRows(
      "Kenya and Ghana signed an agreement on political consultations during the state visit of the Ghanaian president.",
      ["status", "sector"],
    );
    expect(got.rows).toEqual([["signed", "political-dialogue"]]);
  });
});
