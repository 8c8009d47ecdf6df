/**
 * Guards on the rules added for instruments of intent, listing pronouns, the occasion to sign, datelines and
 * exchanges: none of them signs what the text does not. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { firmInstruments, firmSectors, itSigns, itSignsNothing } from "../../helpers/commitment-read";

describe("what these rules must not sign", () => {
  itSignsNothing([
    "en Ghana's president will arrive in Kenya on Tuesday. The visit is an occasion to sign an agreement on trade.",
    "fr Le roi du Maroc est attendu mardi à Dakar. Cette visite est l'occasion de signer un accord sur la pêche.",
    "pt A visita do presidente de Angola ao Brasil pode ser a ocasião para assinar um acordo sobre pesca.",
    "en In an op-ed penned for a local daily, Kenya's foreign minister praised the trade agreement with Ghana.",
    "pt Segundo a legislação vigente, o acordo de pesca entre Angola e o Brasil precisa ser ratificado pelo Congresso.",
  ]);
});

describe("a listing pronoun needs an instrument right after it", () => {
  it.for([
    [
      "en",
      "Kenya and Ghana signed five agreements on Monday. They are also negotiating a memorandum on energy and a protocol on tourism.",
      5,
    ],
    [
      "ru",
      "Россия и Казахстан подписали пять соглашений. Это меньше, чем два меморандума о транспорте, которые готовятся к подписанию.",
      5,
    ],
    [
      "ru",
      "Россия и Казахстан подписали два документа. Это соглашение о воздушном сообщении; а также меморандум о туризме.",
      2,
    ],
  ] as const)("%s: %s", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });
});

describe("signings these rules must keep", () => {
  itSigns([
    [
      "ru Согласно программе государственного визита, министры России и Казахстана обменялись соглашениями о транспорте 4 мая.",
      ["signed agreement"],
    ],
    [
      "en After a last-minute change to the itinerary, Kenya and Ghana signed a trade agreement on Monday.",
      ["signed agreement"],
    ],
  ]);
  it("a treaty of strategic partnership over several fields keeps the relationship's field", ({ expect }) => {
    expect(
      firmSectors(
        "en",
        "Kenya and Ghana signed a treaty on strategic partnership and comprehensive cooperation in trade, energy and security.",
      ),
    ).toEqual(["political-dialogue treaty"]);
  });
  it("a number after an Arabic word for states counts the states, not the instruments", async ({ expect }) => {
    const a = await analyze({
      text: "مصر والسودان توقعان اتفاقية\n\nالقاهرة — وقعت حكومات الدول الثلاث اتفاقية للتعاون في مجال المياه يوم الاثنين في القاهرة، بحضور رئيسي مصر والسودان.",
      publishedAt: "2026-05-05",
    });
    expect(a.commitments.map((c) => c.instruments ?? 1)).toEqual([1]);
  });
  it("a date written in a sentence's opening is no dateline", async ({ expect }) => {
    const a = await analyze({
      text: "Kenya and Ghana trade deal\n\nThe agreement signed on 2 June 2026 — after talks that opened on Monday — covers trade between Kenya and Ghana.",
    });
    expect(a.commitments.map((c) => `${c.status} ${c.signedOn ?? "-"}`)).toEqual(["signed 2026-06-02"]);
  });
});
