import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findSectors } from "../../../src/ingest/recognize/sectors";
import { itFindsFields } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words. An Arabic joint committee qualified by another field ("لجنة قنصلية
// مشتركة", a joint consular committee; "لجنة عسكرية مشتركة", a joint military one) is that field's committee, not
// the joint intergovernmental commission: its qualifier counts for its own sector. One qualified by the economy,
// or by nothing, is still the joint commission.
const tracksIn = (lang: string, text: string) =>
  findSectors(prepare(text), undefined, undefined, { language: lang }).tracks.map((t) => t.slug);

describe("a joint committee qualified by another field is that field's", () => {
  itFindsFields([
    ["ar", "اتفق الوزيران في أبوظبي على إنشاء لجنة قنصلية مشتركة.", "mobility-consular"],
    ["ar", "اتفق الوزيران في أبوظبي على إنشاء لجنة عسكرية مشتركة.", "security-defence"],
    ["en", "The ministers agreed in Abu Dhabi to set up a joint consular committee.", "mobility-consular"],
  ]);
  it.for([
    "اتفق الوزيران في أبوظبي على إنشاء لجنة قنصلية مشتركة.",
    "اتفق الوزيران في أبوظبي على إنشاء لجنة عسكرية مشتركة.",
  ])("%s is no joint commission", (text, { expect }) => {
    expect(tracksIn("ar", text)).not.toContain("joint-commission");
  });
  it.for([
    "اتفق الوزيران في أبوظبي على عقد اجتماع اللجنة الاقتصادية المشتركة.",
    "اتفق الوزيران في أبوظبي على عقد اجتماع لجنة التعاون المشتركة.",
    "اتفق الوزيران في أبوظبي على عقد اجتماع اللجنة المشتركة.",
  ])("%s is the joint commission", (text, { expect }) => {
    expect(tracksIn("ar", text)).toContain("joint-commission");
  });
});
