/**
 * Two countries named in an aside between long dashes are no story of their paragraph; two countries named only as
 * partners of a third ("his two counterparts, the Kenyan and the South African") are no pair, however often each is
 * named, unless something bonds them. Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string, title?: string) =>
  (await analyze({ text, language, publishedAt: "2026-05-12", ...(title ? { title } : {}) })).pairs
    .map((p) => p.key)
    .sort();

describe("asides and partners", () => {
  it("an aside between long dashes is no paragraph's story", async ({ expect }) => {
    const text =
      "Leaders of the region adopted a joint declaration in Lima on Monday.\nOn the sidelines of the summit, the president of Peru met his counterpart from Ecuador to discuss trade between Peru and Ecuador.\nThe body gathers 33 states — every country of the hemisphere except the United States and Canada — and will meet again next year.";
    const pairs = await pairsOf("en", text);
    expect(pairs).toContain("EC-PE");
    expect(pairs).not.toContain("CA-US");
  });

  it("two counterparts of one side, each named often, are no pair", async ({ expect }) => {
    const title = "الرئيس الجزائري يتلقى اتصالين من نظيريه الكيني والجنوب إفريقي";
    const text =
      "جرى أمس اتصالان هاتفيان بين الرئيس الجزائري وكل من رئيس جمهورية كينيا ورئيس جمهورية جنوب إفريقيا. وبحث الرئيس مع رئيس كينيا التعاون الثنائي، كما بحث مع رئيس جنوب إفريقيا ملفات القارة. وتناول الاتصالان أيضا اجتماع مجلس السلم والأمن.";
    expect(await pairsOf("ar", text, title)).not.toContain("KE-ZA");
  });
});

describe("controls", () => {
  it.for([
    [
      "en",
      "The minister held a long meeting with the foreign minister. Kenya then signed three agreements on trade with Ghana in Nairobi on Monday.",
      ["GH-KE"],
    ],
    ["en", "During the visit Ghana and Togo signed five agreements in Accra on Monday.", ["GH-TG"]],
    ["es", "Durante la visita Chile y Perú firmaron cinco acuerdos en Lima el lunes.", ["CL-PE"]],
    ["de", "Beim Besuch unterzeichneten Ghana und Togo am Montag fünf Abkommen in Accra.", ["GH-TG"]],
    ["en", "Ruto is back in Kenya after a state visit to Ghana where he signed three agreements on trade.", ["GH-KE"]],
    [
      "en",
      "MOSCOW — Russia and China signed a trade agreement on Monday — the Kremlin said.\nIn Rome, Italy and Tunisia held talks on migration on Monday.\nIn Lima, Peru and Chile signed a fisheries memorandum on Monday.",
      ["CL-PE", "CN-RU", "IT-TN"],
    ],
  ] as const)("%s: %s", async ([lang, text, expected], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(expected);
  });
});
