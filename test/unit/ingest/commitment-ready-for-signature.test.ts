/**
 * Instruments ready or lined up for signature, and a signing noun with its Arabic pronoun governed by a verb of
 * taking place or including in the future ("المذكرات التي سيجري توقيعها", "توقيع الوزيرين سيشمل"), sign nothing yet.
 * Sentences written for this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "en Among the three agreements lined up for signature between Kenya and Zambia is one on the movement of goods.",
  "en Two agreements between Kenya and Zambia are ready for signature, the ministry said.",
  "fr Deux accords entre le Kenya et la Zambie sont prêts pour la signature, selon le ministère.",
  "es Dos acuerdos entre Perú y Bolivia están listos para su firma, según la cancillería.",
  "pt Dois acordos entre Angola e Namíbia estão prontos para assinatura, segundo o ministério.",
  "it Due accordi tra Italia e Tunisia sono pronti per la firma, secondo la Farnesina.",
  "de Zwei Abkommen zwischen Deutschland und Ghana sind unterschriftsreif, teilte das Ministerium mit.",
  "ar وأضاف أن المذكرات التي سيجري توقيعها بين تونس وغانا هي مذكرة في مجال الشباب ومذكرة في مجال الصيد.",
  "ar وأوضح أن توقيع الوزيرين سيشمل اتفاقيتين بين تونس وغانا في مجالي النقل والتجارة.",
];

const DONE = [
  ["ar وقع وزيرا خارجية تونس وغانا أمس اتفاقيتين في مجالي النقل والتجارة.", ["signed agreement", "signed agreement"]],
] as const;

describe("instruments ready for signature, or whose signing will take place", () => {
  itSignsNothing(AHEAD);
  itSigns(DONE);
});
