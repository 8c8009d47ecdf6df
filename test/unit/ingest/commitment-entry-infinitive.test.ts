/**
 * An entry into force in the infinitive (sentences written for this project, FICTIONAL) is still ahead after a modal
 * ('должно вступить в силу', 'devrait entrer en vigueur'), but done after 'venir de' / 'acabar de' ('vient d'entrer en
 * vigueur', 'acaba de entrar en vigor').
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const AHEAD = [
  [
    "ru Соглашение о безвизовых поездках между Арменией и Казахстаном подписано в пятницу. Вступить в силу соглашение, как ожидается, должно через несколько месяцев.",
    ["signed agreement"],
  ],
] as const;

const JUST_DONE = [
  ["fr L'accord d'exemption de visas entre le Maroc et le Sénégal vient d'entrer en vigueur.", ["in_force agreement"]],
  ["es El acuerdo de exención de visas entre Chile y Perú acaba de entrar en vigor.", ["in_force agreement"]],
  ["pt O acordo de isenção de vistos entre Angola e Moçambique acaba de entrar em vigor.", ["in_force agreement"]],
] as const;

describe("an entry into force in the infinitive", () => {
  itSigns(AHEAD);
  itSigns(JUST_DONE);
});
