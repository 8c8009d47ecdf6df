/**
 * A negation right after figures (sentences written for this project, FICTIONAL): "الموقعة في 5 يونيو 2023 لم تدخل حيز
 * التنفيذ", "подписанное 05.06.2023 не вступило в силу". Only a month's name after a day ("19 mai", "19. Mai") is a
 * word of another language; a negation that names no month denies its status word wherever it stands.
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const SIGNED_NOT_IN_FORCE = [
  [
    "ar أفادت الوزارة بأن اتفاقية الخدمات الجوية بين الكويت وكينيا الموقعة في 5 يونيو 2023 لم تدخل حيز التنفيذ بعد.",
    ["signed agreement"],
  ],
  [
    "ru МИД сообщил, что соглашение о воздушном сообщении между Кувейтом и Кенией, подписанное 05.06.2023 не вступило в силу.",
    ["signed agreement"],
  ],
  [
    "en The ministry said the air services agreement between Kuwait and Kenya signed on 5 June 2023 never entered into force.",
    ["signed agreement"],
  ],
] as const;

// "il 19 mai 2024": a French month's name by its day, no Italian "mai" (never).
const MONTH_NAME = [
  [
    "it Il ministero ha precisato che l'accordo tra il Kuwait e il Kenya, firmato il 19 mai 2024, è in vigore.",
    ["in_force agreement"],
  ],
] as const;

describe("a negation right after figures denies its status word", () => {
  itSigns(SIGNED_NOT_IN_FORCE);
  itSigns(MONTH_NAME);
});
