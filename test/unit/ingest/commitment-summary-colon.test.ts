/**
 * A form with no subject and no count of its own that sums up the list its clause opens with a colon, or with a
 * semicolon and a word that goes on to tell the list, is the list's instrument, not one more (FICTIONAL sentences in
 * the project's words).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

describe("a summary before a colon list", () => {
  it.for([
    [
      "ar",
      "وقع وزيرا خارجية الكويت وبيرو اليوم اتفاقية وعدة مذكرات تفاهم بين البلدين، وهي: مذكرة تفاهم في مجال الثقافة، واتفاقية بشأن الإعفاء من التأشيرات، ومذكرة تفاهم في مجال الزراعة.",
      3,
    ],
    [
      "fr",
      "Le Koweït et le Pérou ont signé aujourd'hui un accord et plusieurs mémorandums, à savoir : un mémorandum sur la culture, un accord sur l'exemption de visas et un mémorandum sur l'agriculture.",
      3,
    ],
    [
      "en",
      "Kuwait and Peru signed an agreement and several memoranda today, as follows: a memorandum on culture, an agreement on visa exemption and a memorandum on agriculture.",
      3,
    ],
    // …or with a semicolon and a word that goes on to tell them ("؛ إذ", "; namely").
    [
      "ar",
      "حضر أمير الكويت ورئيس بيرو اليوم توقيع اتفاقية ومذكرة تفاهم بين البلدين؛ إذ وقع الوزيران مذكرة تفاهم في مجال الثقافة، واتفاقية بشأن الإعفاء من التأشيرات.",
      2,
    ],
    [
      "en",
      "Kuwait and Peru signed an agreement and several memoranda today; namely a memorandum on culture, an agreement on visa exemption and a memorandum on agriculture.",
      3,
    ],
  ] as const)("%s: the list's instruments only", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });

  it("keeps an instrument its colon only goes on to tell of ('según el acuerdo')", ({ expect }) => {
    const text =
      "Chile y Perú firmaron el lunes un acuerdo: según el acuerdo, los dos países abrirán un paso fronterizo.";
    expect(firmInstruments("es", text)).toBe(1);
  });

  it("keeps a form the list does not name again", ({ expect }) => {
    const text =
      "Kuwait and Peru signed an agreement and several memoranda today, as follows: a memorandum on culture and a memorandum on agriculture.";
    expect(firmInstruments("en", text)).toBe(3);
  });

  it("keeps a form a semicolon only sets apart from the next one", ({ expect }) => {
    const text = "Kuwait and Peru signed an agreement today; a memorandum on culture was signed as well.";
    expect(firmInstruments("en", text)).toBe(2);
  });
});
