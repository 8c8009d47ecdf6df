import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. Iraq's prime minister Mohammed Shia al-Sudani carries a surname that is
// the Arabic word for "the Sudanese" (السوداني). Once the text names him in full, every bare "السوداني", in the
// headline or the text, quoted or not, is the person: Sudan is no party. A text that never names him in full keeps
// the word as Sudan's people.
const HEADLINE = "«السوداني» يبحث مع نظيره الأردني في بغداد التعاون بين البلدين";
const IN_FULL =
  "بغداد – بحث رئيس مجلس الوزراء العراقي «محمد شياع السوداني»، اليوم الأحد، مع نظيره الأردني «جعفر حسان» تطوير العلاقات بين «العراق» و«الأردن». وأكد «السوداني» أن البلدين يعملان على ربط شبكتي الكهرباء. وقال السوداني إن اللجنة العليا المشتركة ستجتمع في عمان.";
const SUDAN =
  "الخرطوم – بحث وزير الخارجية السوداني، اليوم الأحد، مع نظيره المصري في الخرطوم تطوير العلاقات بين السودان ومصر. وأكد الوزير السوداني أن البلدين يعملان على ربط شبكتي الكهرباء.";

describe("a listed official's surname that is also a demonym", () => {
  it("is the person once the text names him in full, in the text and in the headline", async ({ expect }) => {
    expect(await pairKeysOf(IN_FULL, "2026-03-08", "https://news.example.org/item", HEADLINE)).toEqual(["IQ-JO"]);
    expect(await pairKeysOf(IN_FULL, "2026-03-08", "https://news.example.org/item")).toEqual(["IQ-JO"]);
  });
  it("stays Sudan's adjective after a noun it qualifies, even beside him", async ({ expect }) => {
    const text =
      "بغداد – استقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني، اليوم الأحد، وزير الخارجية السوداني، وبحث معه تعزيز العلاقات بين البلدين. ووقع الجانبان مذكرة تفاهم للتعاون في مجال الزراعة.";
    expect(await pairKeysOf(text, "2026-03-08", "https://news.example.org/item")).toEqual(["IQ-SD"]);
  });
  it("stays the country's demonym in a text that never names him", async ({ expect }) => {
    expect(await pairKeysOf(SUDAN, "2026-03-08", "https://news.example.org/item")).toEqual(["EG-SD"]);
  });
});
