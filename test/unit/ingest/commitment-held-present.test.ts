/**
 * A signing told in the present of taking place ("La firma de los acuerdos tiene lugar en el marco de la visita…")
 * is under way or ahead, as its future ("tendrá lugar") is: no signature yet. Its past ("tuvo lugar", "a eu lieu")
 * stays signed, and so does one told as the time of something else ("acontece numa altura em que…"). Sentences
 * written for this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const UNDER_WAY = [
  "pt A assinatura dos acordos entre Angola e Namíbia acontece no quadro da visita que o Presidente efetua hoje a Luanda.",
  "pt A assinatura dos acordos entre Angola e Namíbia tem lugar no Palácio Presidencial, em Luanda.",
  "fr La signature des accords entre le Sénégal et le Ghana a lieu dans le cadre de la visite du président à Dakar.",
  "es La firma de los acuerdos entre Perú y Chile tiene lugar en el marco de la visita del presidente a Lima.",
  "it La firma degli accordi tra Italia e Tunisia avviene nel quadro della visita del presidente a Roma.",
  "en The signing of the agreements between Kenya and Ghana takes place during the president's visit to Nairobi.",
  "ru Подписание соглашений между Казахстаном и Узбекистаном проходит в рамках визита президента в Астану.",
];

const DONE = [
  [
    "pt A assinatura dos acordos entre Angola e Namíbia aconteceu no quadro da visita que o Presidente efetuou ontem a Luanda.",
    ["signed agreement"],
  ],
  ["fr La signature de l'accord entre le Sénégal et le Ghana a eu lieu hier à Dakar.", ["signed agreement"]],
  ["es La firma del acuerdo entre Perú y Chile tuvo lugar ayer en Lima.", ["signed agreement"]],
  // A comment on a signing ("takes place at a time when…") is no schedule of it.
  [
    "pt A assinatura do acordo entre Angola e Namíbia acontece numa altura em que os dois países reforçam as relações.",
    ["signed agreement"],
  ],
  [
    "es La firma del acuerdo entre Perú y Chile tiene lugar en un momento en que ambos países buscan nuevos mercados.",
    ["signed agreement"],
  ],
] as const;

describe("a signing told in the present of taking place", () => {
  itSignsNothing(UNDER_WAY);
  itSigns(DONE);
});
