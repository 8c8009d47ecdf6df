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

// Phrases with a negation word that deny nothing: "not only … but also", "pas moins de", "sin debate", "لا يزال".
const NOT_DENIED = [
  [
    "de Deutschland und Polen haben 2023 nicht nur ein Abkommen über die Grenzpolizei unterzeichnet, sondern auch ein Memorandum über Energie.",
    ["signed agreement", "signed memorandum"],
  ],
  [
    "fr Le 12 mai 2023 pas moins de trois accords ont été signés entre le Maroc et le Nigeria à Abuja.",
    ["signed agreement"],
  ],
  [
    "it Il Senato il 12 maggio 2023 senza voti contrari ha ratificato l'accordo tra l'Italia e il Giappone sulla sicurezza sociale.",
    ["ratified agreement"],
  ],
  [
    "es El Senado el 12 de mayo de 2023 sin debate ratificó el tratado de extradición entre México y Colombia.",
    ["ratified treaty"],
  ],
  [
    "ru Госдума 12.05.2023 без обсуждения ратифицировала соглашение между Россией и Узбекистаном о миграции.",
    ["ratified agreement"],
  ],
  [
    "en The two parliaments in 2023 without exception ratified the agreement between Latvia and Lithuania.",
    ["ratified agreement"],
  ],
  ["ar وأكد الوزير أن الاتفاق بين مصر والأردن الموقع عام 2015 لا يزال ساري المفعول.", ["in_force agreement"]],
] as const;

describe("a phrase with a negation word that denies nothing leaves its status word", () => {
  itSigns(NOT_DENIED);
});

// A negation before another verb than the entry into force denies nothing of it.
const OTHER_VERB = [
  [
    "fr L'accord entre le Maroc et le Sénégal, qui ne nécessite pas de ratification et entre en vigueur le 1er avril 2026, a été signé mercredi à Dakar.",
    // Read on 10 July 2026: in force since 1 April.
    ["in_force agreement"],
  ],
] as const;

describe("a negation of another verb before an entry into force leaves it", () => {
  itSigns(OTHER_VERB);
});
