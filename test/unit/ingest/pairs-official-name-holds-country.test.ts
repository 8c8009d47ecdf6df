import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A listed official's name may hold another country's word: Spain's foreign
// minister José Manuel Albares is written 'ألباريس' in Arabic, 'باريس' (Paris) once the article is stripped; Iraq's
// prime minister's Russian surname 'ас-Судани' holds 'Судан'. Inside the name, the word is the person.
describe("a word inside a listed official's name", () => {
  it("is no mention of the country it spells", async ({ expect }) => {
    const ar =
      "التقى وزير الخارجية المغربي ناصر بوريطة، اليوم الثلاثاء في الرباط، نظيره الإسباني خوسيه مانويل ألباريس، وبحث الجانبان التعاون الثنائي. وأشاد ألباريس بمستوى التنسيق بين البلدين.";
    expect(await pairKeysOf(ar, "2024-05-07", "https://news.example.org/item")).toEqual(["ES-MA"]);
    const ru =
      "Премьер-министр Ирака Мохаммед Шиа ас-Судани провел в Каире переговоры с президентом Египта Абдель Фаттахом ас-Сиси. Ас-Судани пригласил египетского лидера в Багдад.";
    expect(await pairKeysOf(ru, "2024-05-07", "https://news.example.org/item")).toEqual(["EG-IQ"]);
  });
  it("leaves the country's own words elsewhere in the text", async ({ expect }) => {
    const ar =
      "استقبل وزير الخارجية الإسباني خوسيه مانويل ألباريس، اليوم الثلاثاء في مدريد، نظيره الفرنسي، وبحث الجانبان العلاقات بين إسبانيا وفرنسا وزيارة مرتقبة إلى باريس.";
    expect(await pairKeysOf(ar, "2024-05-07", "https://news.example.org/item")).toEqual(["ES-FR"]);
  });
  it("keeps the official's own country that the name holds", async ({ expect }) => {
    const en =
      "Israel Katz, the defence minister, hosted his Greek counterpart Nikos Dendias in Tel Aviv on Tuesday; the two signed a defence industry agreement.";
    expect(await pairKeysOf(en, "2025-03-12", "https://news.example.org/item")).toEqual(["GR-IL"]);
  });
});
