import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words: the Arabic future told by a verb's prefix (سيترأس، ستشهد) or by a
// present after "على أن" puts the signing noun it governs ahead; nouns and names of the same shape ("سيادة الرئيس",
// "سيرغي لافروف", "كير ستارمر", "سيراليون"), a future in another clause and finite or participle signings keep a
// signature done. Each is a report published on Wednesday 11 March 2026; the signed or in-force commitments as
// [status, signedOn].
const CASES: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  ["a1", "سيترأس رئيسا المغرب والسنغال يوم الثلاثاء في الرباط مراسم التوقيع على اتفاقية للصيد البحري.", []],
  ["a2", "وستشهد زيارة رئيس السنغال إلى المغرب توقيع اتفاقية للصيد البحري.", []],
  ["a10", "اتفق المغرب والسنغال يوم الثلاثاء على أن يتم توقيع اتفاقية للصيد البحري خلال الزيارة المقبلة.", []],
  [
    "a3",
    "وقع المغرب والسنغال يوم الثلاثاء في الرباط اتفاقية للصيد البحري بحضور سيادة الرئيس.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a4",
    "شهد سيادة الرئيس المصري ونظيره الروسي يوم الثلاثاء في القاهرة توقيع اتفاقية للتعاون النووي.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a5",
    "شهد وزير الخارجية الروسي سيرغي لافروف ونظيره المصري يوم الثلاثاء في القاهرة توقيع اتفاقية للتعاون.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a6",
    "وحضر رئيس الوزراء البريطاني كير ستارمر ونظيره الهندي يوم الثلاثاء توقيع اتفاقية للتجارة الحرة بين بريطانيا والهند.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a7",
    "وأكد الرئيسان أن الزيارة ستسهم في تعزيز العلاقات، وشهدا يوم الثلاثاء توقيع اتفاقية للصيد البحري بين المغرب والسنغال.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a8",
    "سيسافر وزير خارجية المغرب إلى داكار، وشهد الوزيران يوم الثلاثاء توقيع اتفاقية للصيد بين المغرب والسنغال.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a11",
    "شهد رئيس جمهورية سيراليون ونظيره المغربي يوم الثلاثاء في الرباط توقيع اتفاقية للصيد البحري بين البلدين.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a12",
    "وتابع السياسيون في المغرب والسنغال يوم الثلاثاء توقيع اتفاقية للصيد البحري بين البلدين في الرباط.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a14",
    "وقع المغرب والسنغال يوم الثلاثاء في الرباط اتفاقية للصيد البحري. وشدد الوزيران على أن ينفذ البلدان الاتفاقية الموقعة في أقرب الآجال.",
    [["signed", "2026-03-10"]],
  ],
  [
    "a15",
    "وشدد وزيرا خارجية المغرب والسنغال على أن يتم تنفيذ اتفاقية الصيد البحري الموقعة يوم الثلاثاء في الرباط.",
    [["signed", "2026-03-10"]],
  ],
  // The present of witnessing in the body schedules the signing ("ثم يشهد الرئيسان مراسم التوقيع"); in a headline of its
  // own it tells the day's news, as a headline's present does.
  [
    "a16",
    "يلتقي رئيسا المغرب والسنغال يوم الأربعاء في الرباط، ثم يشهد الرئيسان مراسم التوقيع على اتفاقية للصيد البحري.",
    [],
  ],
  [
    "a17",
    "رئيسا المغرب والسنغال يشهدان توقيع اتفاقية للصيد البحري في الرباط\nالتقى رئيس المغرب نظيره السنغالي يوم الثلاثاء في الرباط.",
    [["signed", "2026-03-10"]],
  ],
];

describe("the Arabic future of a verb's prefix governs the signing noun after it", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const a = await analyze({ text, publishedAt: "2026-03-11" });
    const firm = a.commitments.filter((c) => ["signed", "ratified", "in_force"].includes(c.status));
    expect(firm.map((c) => [c.status, c.signedOn ?? null])).toEqual(expected.map((e) => [...e]));
  });
});
