import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. Arabic counts two of a masculine form by its dual, which in a
// construct loses its "ن" ("بروتوكولي تعاون", two cooperation protocols), as "مذكرتي تفاهم" does for a feminine one.
// The adjective "بروتوكولي" (ceremonial: "استقبال بروتوكولي") after a noun is no instrument.
const batches = (text: string) =>
  commitmentsOf("ar", text)
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm ?? "-"} ×${c.instruments ?? 1}`);

describe("an Arabic masculine construct dual counts two instruments", () => {
  it("reads two cooperation protocols", ({ expect }) => {
    expect(batches("وقع البلدان يوم الثلاثاء 3 مارس 2026 في عمان بروتوكولي تعاون.")).toEqual(["agreement ×2"]);
  });
  it("reads them after a counted form joined by 'wa'", ({ expect }) => {
    expect(batches("وقع البلدان يوم الثلاثاء 3 مارس 2026 في عمان 3 مذكرات تفاهم وبروتوكولي تعاون.").sort()).toEqual([
      "agreement ×2",
      "memorandum ×3",
    ]);
  });
  it("leaves the ceremonial adjective alone", ({ expect }) => {
    expect(batches("وحظي الرئيس يوم الثلاثاء 3 مارس 2026 في عمان باستقبال بروتوكولي رسمي.")).toEqual([]);
  });
});
