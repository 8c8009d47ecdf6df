/**
 * A batch whose items are named over several carry sentences, the last counting two more of one field ("هذا فضلاً عن
 * مذكرتي تفاهم…، الأولى في مجال الزراعة، والأخرى…", "Among them are also two memoranda on farming…"): those two
 * are more of the batch, counted whole, not a restatement of the memoranda named before in other fields
 * (FICTIONAL reports written for this project). Nine instruments in all, two of them on farming.
 */
import { describe, it } from "vitest";
import { commitmentsOf, firmInstruments } from "../../helpers/commitment-read";

const CARRIED_COUNT: readonly (readonly [string, string])[] = [
  [
    "ar",
    "وقع الرئيسان 9 اتفاقيات ومذكرات تفاهم بين البلدين.\nوشملت الاتفاقيات مذكرتي تفاهم بين حكومة مصر وحكومة الأردن بشأن بناء مباني السفارات، والأخرى بشأن إقامة مراكز ثقافية.\nكما ضمّت مذكرة تفاهم للتعاون في مجال الطاقة بين وزارة الطاقة المصرية ووزارة الطاقة الأردنية.\nهذا فضلاً عن مذكرتي تفاهم للتعاون بين وزارة البيئة المصرية ووزارة الزراعة الأردنية، الأولى في مجال الزراعة، والأخرى للتعاون في بناء سوق الجملة للمنتجات الزراعية.",
  ],
  [
    "en",
    "The presidents of Ghana and Togo signed 9 agreements and memoranda in Accra.\nAmong them are two memoranda between the two governments, one on building embassies and the other on setting up cultural centres.\nAmong them is also a memorandum on energy between the two energy ministries.\nAmong them are also two memoranda on farming between the two farm ministries, the first on crops and the other on a wholesale market for farm products.",
  ],
];

describe("a count of one field in a carry sentence", () => {
  it.for(CARRIED_COUNT)("%s: nine instruments in all, two on farming", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(9);
    const farming = commitmentsOf(lang, text).filter(
      (c) => c.status === "signed" && c.legalForm === "memorandum" && c.sector === "agriculture-food-security",
    );
    expect(farming.reduce((n, c) => n + (c.instruments ?? 1), 0)).toBe(2);
  });
});
