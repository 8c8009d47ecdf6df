import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (text: string) =>
  (await analyze({ text, publishedAt: "2026-05-12" })).pairs.map((p) => p.key).sort();

// FICTIONAL reports in the project's words: a visitor's tour of several countries, told one paragraph per host.
describe("a tour digest gives the visitor's pair with each host that has its own paragraph", () => {
  it.for([
    [
      "en",
      "Kenya's foreign minister returned on Monday from a tour that took him to Japan, South Korea and Vietnam.\nIn Japan, the two countries signed an agreement on port logistics.\nIn Vietnam, he held talks with his counterpart on coffee and tea exports.",
      ["JP-KE", "KE-VN"],
    ],
    [
      "es",
      "El canciller chileno concluyó el lunes una gira que lo llevó a Perú, Bolivia y Ecuador.\nEn Perú, ambos países firmaron un convenio de cooperación minera.\nEn Ecuador, se reunió con su homólogo para hablar de pesca.",
      ["CL-EC", "CL-PE"],
    ],
    [
      "ru",
      "Министр иностранных дел Казахстана завершил в понедельник турне по Египту, Иордании и Марокко.\nВ Египте стороны подписали соглашение о сотрудничестве в области туризма.\nВ Марокко министр провёл переговоры с коллегой о поставках зерна.",
      ["EG-KZ", "KZ-MA"],
    ],
    [
      "ar",
      "اختتم وزير الخارجية المغربي يوم الاثنين جولة قادته إلى مصر والأردن والعراق.\nوفي مصر وقع البلدان اتفاقية للتعاون في مجال النقل البحري.\nوفي العراق بحث الوزير مع نظيره العراقي التعاون في مجال الطاقة.",
      ["EG-MA", "IQ-MA"],
    ],
    [
      "de (a tour word in a compound, 'Afrikareise'; a meeting told as 'Begegnung')",
      "Die österreichische Außenministerin hat am Sonntag ihre erste Afrikareise beendet, mit Stationen in Ghana, in Togo und in Benin.\nIn Ghana sprach sie mit dem Präsidenten über die Zusammenarbeit bei Kakao.\nBei der Begegnung mit dem Präsidenten von Benin ging es um Solarenergie.",
      ["AT-BJ", "AT-GH"],
    ],
  ] as const)("%s", async ([, text, pairs], { expect }) => {
    expect(await pairsOf(text)).toEqual([...pairs]);
  });

  it("gives no host without a paragraph of its own with a bilateral act", async ({ expect }) => {
    const text =
      "Kenya's foreign minister returned on Monday from a tour that took him to Japan, South Korea and Vietnam.\nHe said the trip had been long and the weather hot.\nIn Japan, the two countries signed an agreement on port logistics.";
    expect(await pairsOf(text)).toEqual(["JP-KE"]);
  });

  it("keeps the host named before the tour word as the report's own pair (the other hosts are its background)", async ({
    expect,
  }) => {
    const text =
      "Kenya's president arrived on Thursday in Addis Ababa for talks between Kenya and Ethiopia, on a tour that has already taken him to Egypt and will end in Sudan.\nThe two leaders discussed the railway and electricity trade.\nIn Cairo, he held talks with his counterpart on the Nile.";
    expect(await pairsOf(text)).toEqual(["ET-KE"]);
  });
});
