/**
 * A paragraph that speaks of "the two sides" before it names its countries goes on with the story told before: two
 * countries it names in passing there ("the Russian-Ukrainian crisis", "the Abidjan-Niger railway run by a French
 * group") make no second pair of a digest. Guards: a real digest, each paragraph opening on its own pair, still gives
 * both, and so does one whose paragraph names its new pair in apposition ("Los dos países andinos, Chile y Perú,
 * firmaron…"). Texts FICTIONAL, in our own words.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (text: string, language: string) =>
  (await analyze({ text, publishedAt: "2026-03-10", language })).pairs.map((p) => p.key);

describe("the two sides, then countries in passing", () => {
  it.for([
    [
      "en",
      "Egypt's foreign minister held talks in Cairo on Tuesday with his Greek counterpart.\n\nThe two sides reviewed bilateral ties and the effects of the Russian-Ukrainian crisis on food and energy security.",
      "EG-GR",
    ],
    [
      "fr",
      "Le Burkina Faso et la Côte d'Ivoire ont signé mardi treize accords lors de leur sommet annuel.\n\nLes deux pays ont notamment revu la concession du chemin de fer Abidjan-Niger, exploitée par un groupe français.",
      "BF-CI",
    ],
    [
      "ar",
      "عقد وزير الخارجية المصري يوم الثلاثاء في القاهرة محادثات مع نظيره اليوناني.\n\nوأوضح الوزير أن الجانبين بحثا العلاقات الثنائية وانعكاسات الأزمة الروسية الأوكرانية على أمن الغذاء.",
      "EG-GR",
    ],
    [
      "es",
      "Chile y Perú firmaron el martes en Lima un acuerdo de pesca.\n\nAmbos países analizaron además los efectos de la crisis ruso-ucraniana sobre los precios de los alimentos.",
      "CL-PE",
    ],
  ] as const)("%s: only the story's pair", async ([language, text, key], { expect }) => {
    expect(await pairsOf(text, language)).toEqual([key]);
  });

  it.for([
    [
      "es",
      "Argentina y Uruguay firmaron el lunes en Montevideo un acuerdo fluvial.\n\nLos dos países andinos, Chile y Perú, firmaron el martes en Lima un acuerdo pesquero.",
      ["AR-UY", "CL-PE"],
    ],
    [
      "en",
      "Nigeria and Ghana signed a trade agreement in Abuja on Monday.\n\nThe two neighbours Senegal and Mauritania signed a gas memorandum in Dakar on Tuesday.",
      ["GH-NG", "MR-SN"],
    ],
    [
      "it",
      "Italia e Grecia hanno firmato lunedì ad Atene un accordo sui porti.\n\nLe due parti, Spagna e Marocco, hanno firmato martedì a Rabat un accordo sulla pesca.",
      ["ES-MA", "GR-IT"],
    ],
  ] as const)(
    "%s: the two countries in apposition to a new pair open a story of their own",
    async ([language, text, keys], { expect }) => {
      expect((await pairsOf(text, language)).sort()).toEqual([...keys]);
    },
  );

  it("a real digest still gives each paragraph's pair", async ({ expect }) => {
    const text =
      "Morocco and Kazakhstan signed a visa agreement in Rabat on Monday.\n\nEgypt and Russia agreed on Tuesday in Cairo to expand their grain trade, and the two countries will meet again in May.";
    expect((await pairsOf(text, "en")).sort()).toEqual(["EG-RU", "KZ-MA"]);
  });
});
