/**
 * Russian 'должно', 'должна' (must, is to) put what they govern ahead, as 'должен' and 'должны' do (sentences written
 * for this project, FICTIONAL): 'должно быть подписано' is a signing still to come.
 */
import { describe } from "vitest";
import { itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "ru Соглашение о безвизовом режиме между Россией и Сербией должно быть подписано в мае.",
  "ru Программа сотрудничества между Арменией и Казахстаном должна быть подписана до конца года.",
];

describe("Russian 'должно' and 'должна'", () => {
  itSignsNothing(AHEAD);
});
