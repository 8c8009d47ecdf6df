/**
 * Several counterparts of one side ("his Ghanaian and Senegalese counterparts", "ses homologues", "نظيريه"): each is
 * a partner of that side, never a partner of the other counterparts. Told apart in paragraphs of their own, each
 * pairs with the side; told together, the counterparts' countries make no pair. Texts in our own words, through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-05-12" })).pairs.map((p) => p.key).sort();

describe("plural counterparts", () => {
  it.for([
    ["en", "Kenya's president spoke on Monday with his Ghanaian and Senegalese counterparts.", "GH-SN"],
    ["fr", "Le président tunisien s'est entretenu lundi avec ses homologues ghanéen et sénégalais.", "GH-SN"],
    ["es", "El presidente chileno conversó el lunes con sus homólogos peruano y boliviano.", "BO-PE"],
    ["it", "Il presidente italiano ha sentito lunedì i suoi omologhi tunisino e algerino.", "DZ-TN"],
    [
      "ru",
      "Президент Казахстана провёл в понедельник телефонные разговоры со своими коллегами из Узбекистана и Киргизии.",
      "KG-UZ",
    ],
    ["ar", "تلقى الرئيس الجزائري أمس اتصالين من نظيريه الكيني والجنوب إفريقي.", "KE-ZA"],
    ["ar", "بحث الرئيس المصري أمس مع نظرائه الكيني والسنغالي آفاق التعاون.", "KE-SN"],
  ] as const)("%s: the counterparts' countries make no pair", async ([lang, text, theirs], { expect }) => {
    expect(await pairsOf(lang, text)).not.toContain(theirs);
  });

  it.for([
    [
      "en",
      "Kenya's president spoke on Monday with his Ghanaian and Senegalese counterparts.\nIn the first call, the leaders of Kenya and Ghana discussed air links.\nWith Senegal's leader, he discussed fisheries.",
      ["GH-KE", "KE-SN"],
    ],
    [
      "fr",
      "Le président tunisien s'est entretenu lundi avec ses homologues ghanéen et sénégalais.\nAvec le Ghana, il a évoqué le commerce.\nAvec le Sénégal, la pêche.",
      ["GH-TN", "SN-TN"],
    ],
  ] as const)("%s: told apart, each counterpart pairs with the side", async ([lang, text, expected], { expect }) => {
    expect(await pairsOf(lang, text)).toEqual(expected);
  });

  it("a single counterpart still makes the pair", async ({ expect }) => {
    expect(await pairsOf("en", "Kenya's president met his Ghanaian counterpart in Nairobi on Monday.")).toEqual([
      "GH-KE",
    ]);
  });
});
