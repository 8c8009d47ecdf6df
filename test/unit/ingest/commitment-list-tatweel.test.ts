/**
 * A list item numbered with a run of Arabic tatweel after its figure ("7ــ مذكرة", "8 ــ مذكرة") is an item as one
 * numbered with a hyphen is ("1- اتفاقية"), and its figure is no count. Sentences written for this project
 * (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const TEXT =
  "وقع الجانبان اليوم مجموعة من مذكرات التفاهم بين الإمارات وماليزيا على النحو التالي:\n1- مذكرة تفاهم في مجال الطاقة.\n2ــ مذكرة تفاهم حول التعاون الدفاعي.\n3 ــ مذكرة تفاهم في قطاع السياحة.";

describe("list items numbered with a run of tatweel", () => {
  it("are each one signed instrument, their figures no count", ({ expect }) => {
    const firm = commitmentsOf("ar", TEXT).filter((c) => c.status === "signed");
    expect(firm.map((c) => c.instruments ?? 1)).toEqual([1, 1, 1]);
    expect(firm.map((c) => c.sector).sort()).toEqual(["culture-people", "energy-climate", "security-defence"]);
  });
  it("reads a longer run of tatweel and Arabic-Indic figures as item numbers too", ({ expect }) => {
    const text =
      "وقع الجانبان اليوم مجموعة من مذكرات التفاهم بين الإمارات وماليزيا على النحو التالي:\n١- مذكرة تفاهم في مجال الطاقة.\n٢ــــ مذكرة تفاهم حول التعاون الدفاعي.\n12 ـــ مذكرة تفاهم في قطاع السياحة.";
    const firm = commitmentsOf("ar", text).filter((c) => c.status === "signed");
    expect(firm.map((c) => c.instruments ?? 1)).toEqual([1, 1, 1]);
  });
});
