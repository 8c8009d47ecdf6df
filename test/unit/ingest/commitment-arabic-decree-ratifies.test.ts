/**
 * A decree that ratifies an agreement, told in the Arabic present of its formula ("أصدر … مرسوما يصادق بموجبه على
 * الاتفاقية"): the agreement is ratified, as with the past "صادق". Guard: the future ("سيصادق البرلمان على الاتفاقية
 * الأسبوع المقبل") ratifies nothing yet. Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

describe("an Arabic decree that ratifies", () => {
  it.for([
    "أصدر سلطان عمان اليوم مرسوما سلطانيا يصادق بموجبه على الاتفاقية المبرمة مع الأردن بشأن الإعفاء من التأشيرة.",
    "وأصدر الأمير مرسوما أميريا يصادق بموجبه على اتفاقية النقل الجوي الموقعة مع الأردن.",
  ])("ratified: %s", (text, { expect }) => {
    expect(firmCommitments("ar", text)).toEqual(["ratified agreement"]);
  });
  it("the future ratifies nothing yet", ({ expect }) => {
    expect(firmCommitments("ar", "وسيصادق البرلمان على الاتفاقية المبرمة مع الأردن الأسبوع المقبل.")).toEqual([]);
  });
});
