/**
 * In a language with no articles, an instrument's form opening a sentence after one of its form was signed
 * ("Меморандум был подписан по итогам…") tells of that instrument again, not of a second one; one naming its party
 * ("Соглашение с Палау было подписано…") after a signing with two parties stays one of them. Sentences in our own
 * words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

describe("a form opening its sentence after one of its form", () => {
  it.for([
    "Армения и Казахстан подписали в Ереване межправительственный меморандум о взаимопонимании по вопросам ветеринарной безопасности. Меморандум был подписан по итогам заседания межправительственной комиссии по сотрудничеству.",
    "Армения и Казахстан подписали в Ереване соглашение о сотрудничестве в области туризма. Соглашение подписали министры двух стран в присутствии глав правительств.",
  ])("%s: one instrument", (text, { expect }) => {
    expect(firmInstruments("ru", text)).toBe(1);
  });

  it("names its party: one of two", ({ expect }) => {
    expect(
      firmInstruments(
        "ru",
        "Россия подписала соглашения о взаимной отмене визовых требований с Арменией и Казахстаном. Соглашение с Арменией было подписано по итогам встречи министров иностранных дел.",
      ),
    ).toBe(2);
  });
});
