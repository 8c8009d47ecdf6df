/**
 * An uncounted batch followed by a list of three areas or more is one instrument per area named, not one per sector
 * of ours; a list of two, a list that goes on with forms of its own, or one whose items mostly name no field is read
 * as before (FICTIONAL sentences in the project's words).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

describe("an uncounted batch over a list of areas", () => {
  it.for([
    [
      "ar",
      "وقع وزيرا خارجية الأردن وكازاخستان اليوم مذكرات تفاهم تخص الاستثمار، والتربية، والتعليم العالي، والرياضة.",
      4,
    ],
    [
      "ru",
      "Кроме того, Иордания и Казахстан подписали соглашения о сотрудничестве в области образования, высшего образования, спорта и культуры.",
      4,
    ],
    ["en", "Jordan and Kazakhstan also signed agreements on education, higher education, sport and culture.", 4],
  ] as const)("gives one instrument per area (%s)", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });

  it("reads no list that follows another verb ('signed agreements and discussed trade, …')", ({ expect }) => {
    const text = "Jordan and Kazakhstan signed agreements and discussed trade, investment, tourism and culture.";
    expect(firmInstruments("en", text)).toBe(2);
  });

  it("reads a list of two areas by sector, as before", ({ expect }) => {
    expect(firmInstruments("en", "Jordan and Kazakhstan also signed agreements on sport and culture.")).toBe(1);
  });

  it("reads a batch by sector when forms of its sentence follow it", ({ expect }) => {
    const text =
      "Jordan and Kazakhstan signed agreements on education, sport and culture, an agreement on air services and a memorandum on health.";
    // The batch (one field of ours), the air services agreement and the memorandum on health.
    expect(firmInstruments("en", text)).toBe(3);
  });
});
