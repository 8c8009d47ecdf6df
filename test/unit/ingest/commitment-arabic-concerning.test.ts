/**
 * Arabic subjects opened by "concerning" (تخص، يتعلق، تتناول) as by "حول" or "بشأن": an elliptical item after a form
 * ("… ومذكرة تفاهم في مجال الرياضة، وثالثة تخص تشجيع الاستثمار") is one more memorandum with its own subject.
 * Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmSectors } from "../../helpers/commitment-read";

describe("Arabic elliptical items opened by 'concerning'", () => {
  it("gives one memorandum per item", ({ expect }) => {
    expect(
      firmSectors(
        "ar",
        "وقع وزيرا خارجية الكويت وسلطنة عمان اليوم الأحد مذكرة تفاهم في مجال الشباب، وأخرى في مجال الرياضة، وثالثة تخص تشجيع الاستثمار.",
      ),
    ).toEqual(["culture-people memorandum", "culture-people memorandum", "economy-trade-investment memorandum"]);
  });
});
