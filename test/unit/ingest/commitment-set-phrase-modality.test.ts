/**
 * A set phrase that only looks like a modality word by inflection is none (sentences in our own words, through
 * findCommitments): Russian "в целом" (on the whole) is no form of "цель" (goal), so "В целом … подписано"
 * signs, while a real goal ("Целью визита является подписание…") still puts the signing ahead.
 */
import { describe, it } from "vitest";
import { firmCommitments, firmInstruments } from "../../helpers/commitment-read";

describe("в целом: on the whole, not a goal", () => {
  it("signs a counted batch opened by 'в целом'", ({ expect }) => {
    const text = "Кения и Перу провели переговоры в Лиме. В целом в ходе визита было подписано пять соглашений.";
    expect(firmCommitments("ru", text)).toEqual(["signed agreement"]);
    expect(firmInstruments("ru", text)).toBe(5);
  });

  it("signs the list a sentence opened by 'в целом' heads", ({ expect }) => {
    const text =
      "В целом в ходе визита подписано девять документов, в числе которых:\n\n– Соглашение о сотрудничестве в области туризма;\n\n– Соглашение о воздушном сообщении;";
    expect(firmInstruments("ru", text)).toBe(9);
  });

  // "в мирных целях" (for peaceful purposes) is part of an instrument's title, no goal of the signing.
  it("signs an instrument whose title holds 'в мирных целях'", ({ expect }) => {
    const text =
      "Меморандум о взаимопонимании в области исследования и использования космического пространства в мирных целях подписали министры двух стран.";
    expect(firmCommitments("ru", text)).toEqual(["signed memorandum"]);
  });

  it("keeps a real goal ahead of its signing", ({ expect }) => {
    const text = "Целью визита Кении в Перу является подписание соглашения о воздушном сообщении.";
    expect(firmCommitments("ru", text)).toEqual([]);
  });
});
