/**
 * A counted batch joined to an instrument of its own form named before it is a batch beyond that instrument
 * (sentences written for this project, FICTIONAL): "an agreement on energy and two agreements on education" are
 * three agreements, not one. A count heading its items, or a later sentence telling one of a batch, adds none.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

/** Each report with the instruments it gives in all. */
const CASES: readonly (readonly [string, number])[] = [
  // One instrument, then a counted batch of the same form on another field: three in all.
  ["en Kenya and Ghana signed in Nairobi on Monday an agreement on energy and two agreements on education.", 3],
  ["fr Le Bénin et le Ghana ont signé lundi à Cotonou un accord sur l'énergie et deux accords sur l'éducation.", 3],
  ["it Italia e Tunisia hanno firmato lunedì a Roma un accordo sull'energia e due accordi sull'istruzione.", 3],
  ["es Perú y Bolivia firmaron el lunes en Lima un acuerdo sobre energía y dos acuerdos sobre educación.", 3],
  [
    "pt Angola e Namíbia assinaram na segunda-feira em Luanda um acordo sobre energia e dois acordos sobre educação.",
    3,
  ],
  [
    "de Deutschland und Ghana unterzeichneten am Montag in Accra ein Abkommen über Energie und zwei Vereinbarungen über Bildung.",
    3,
  ],
  [
    "ru Армения и Казахстан подписали в понедельник в Астане соглашение об энергетике и два соглашения об образовании.",
    3,
  ],
  ["ar وقعت مصر والأردن يوم الاثنين في عمان اتفاقية في مجال الطاقة واتفاقيتين في مجال التعليم.", 3],
  ["en Kenya and Ghana signed in Nairobi on Monday a memorandum on energy and two memoranda on education.", 3],
  // A count heading its items, and a batch one of whose items a later sentence tells: the count alone.
  [
    "en Kenya and Ghana signed twelve agreements in Nairobi on Monday, among them an agreement on energy and two agreements on education.",
    12,
  ],
  [
    "en Kenya and Ghana signed five agreements on health, education and trade in Nairobi on Monday. The agreement on health sets up a joint fund.",
    5,
  ],
];

describe("a counted batch joined to an instrument of its form", () => {
  it.for(CASES)("%s → %i", ([line, wanted], { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(wanted);
  });
});
