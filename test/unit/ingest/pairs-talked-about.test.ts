/**
 * In a report of one pair's meeting, a paragraph that tells what the two sides said of others ("agreement of views on
 * the war between Israel and Hamas", "بشأن الحرب بين إسرائيل وحركة حماس") names the subject of their talks: it
 * gives no second pair. Texts written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const REPORTS = [
  "وقعت الجزائر وتونس 6 مذكرات تفاهم خلال زيارة الرئيس التونسي إلى الجزائر.\nوترأس الرئيسان الجزائري والتونسي الاجتماعات الموسعة في قصر المرادية.\nوتناول الاجتماع عمل اللجنة الكبرى المشتركة بين الجزائر وتونس.\nوأظهر الاجتماع تطابقا في المواقف بشأن الحرب بين إسرائيل وحركة حماس، إذ دعا الجانبان إلى وقف العدوان على الفلسطينيين.\nوأشرف الرئيسان على توقيع المذكرات.",
  "Algeria and Tunisia signed six memoranda during the Tunisian president's visit to Algiers.\nThe Algerian and Tunisian presidents chaired the talks at the El Mouradia palace.\nThe meeting reviewed the work of the joint commission between Algeria and Tunisia.\nThe meeting showed shared views on the war between Israel and the Palestinians, the two sides calling for a ceasefire.\nThe presidents then attended the signing of the memoranda.",
];

describe("countries named as the subject of another pair's talks", () => {
  it.for(REPORTS)("%s → the meeting's pair only", async (text, { expect }) => {
    expect(await pairKeysOf(text, "2026-06-02")).toEqual(["DZ-TN"]);
  });
});
