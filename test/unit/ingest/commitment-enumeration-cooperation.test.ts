import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. A cooperation word inside an enumeration of counted forms belongs to
// the form beside it, after the first ("اتفاقيات تعاون", cooperation agreements) or before the next ("and
// 2 cooperation protocols"): it does not part the forms, and each keeps its batch and the signing word.
const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    "en",
    "The two countries signed 9 agreements and 2 cooperation protocols on Tuesday, 3 March 2026, in Amman.",
    ["agreement ×2", "agreement ×9"],
  ],
  [
    "en",
    "The two countries signed 9 cooperation agreements, 3 memoranda of understanding and 2 cooperation protocols on Tuesday, 3 March 2026, in Amman.",
    ["agreement ×2", "agreement ×9", "memorandum ×3"],
  ],
  [
    "ar",
    "وقع البلدان يوم الثلاثاء 3 مارس 2026 في عمان 9 اتفاقيات تعاون و3 مذكرات تفاهم.",
    ["agreement ×9", "memorandum ×3"],
  ],
  [
    "ar",
    "وقع البلدان يوم الثلاثاء 3 مارس 2026 في عمان 9 اتفاقيات تعاون، و3 مذكرات تفاهم، وبروتوكولي تعاون.",
    ["agreement ×2", "agreement ×9", "memorandum ×3"],
  ],
];

describe("a cooperation word in an enumeration of counted forms parts no forms", () => {
  it.for(CASES)("%s: %s", ([lang, text, expected], { expect }) => {
    const batches = commitmentsOf(lang, text)
      .filter((c) => c.status === "signed")
      .map((c) => `${c.legalForm ?? "-"} ×${c.instruments ?? 1}`)
      .sort();
    expect(batches).toEqual(expected);
  });
});
