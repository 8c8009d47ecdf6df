/**
 * A counted batch of two forms joined as the subject of a passive signing ("Five agreements and memoranda were
 * signed on Monday…", "Cinq accords et mémorandums ont été signés…"): the second form, joined to the first, keeps
 * the signing word after it from none of the batch, so the report signs its five instruments, as it does when the
 * verb comes first, as the Arabic passive puts it ("تم توقيع…") (FICTIONAL sentences written for this project, eight
 * languages). Uncounted ("Agreements and memoranda on trade were signed…"), each form is signed; the relationship's
 * tally told so ("the agreements and memoranda signed between the two countries") is read apart (commitment-tallies).
 */
import { describe, it } from "vitest";
import { firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const PASSIVE: readonly (readonly [string, string])[] = [
  ["en", "Five agreements and memoranda were signed on Monday between Benin and Ghana."],
  ["es", "Cinco acuerdos y memorandos fueron firmados el lunes entre Perú y Chile."],
  ["pt", "Cinco acordos e memorandos foram assinados na segunda-feira entre Angola e Namíbia."],
  ["it", "Cinque accordi e memorandum sono stati firmati lunedì tra Italia e Tunisia."],
  ["de", "Fünf Abkommen und Absichtserklärungen wurden am Montag zwischen Ghana und Österreich unterzeichnet."],
  ["ru", "Пять соглашений и меморандумов были подписаны в понедельник между Арменией и Ираном."],
  ["ar", "تم توقيع خمس اتفاقيات ومذكرات تفاهم يوم الاثنين بين مصر والأردن."],
  ["fr", "Cinq accords et mémorandums ont été signés lundi entre le Bénin et le Ghana."],
];

describe("a counted batch of two forms signed in the passive", () => {
  it.for(PASSIVE)("%s: five instruments", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(5);
  });
  it.for([
    ["en", "Agreements and memoranda on trade were signed on Monday in Accra between Benin and Ghana."],
    ["fr", "Des accords et des mémorandums sur le commerce ont été signés lundi à Accra entre le Bénin et le Ghana."],
  ] as const)("%s: uncounted, each form is signed (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text).sort()).toEqual(["signed agreement", "signed memorandum"]);
  });
  it("a count of another form joined with its own count keeps both batches", ({ expect }) => {
    expect(
      firmInstruments("en", "Five agreements and three memoranda were signed on Monday between Benin and Ghana."),
    ).toBe(8);
  });
});
