import { describe } from "vitest";
import { allOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a day of the month without its month ('no dia 10', 'el pasado día 10') is in the report's month", () => {
  // Published on Thursday 12 March 2026: the 10th is 10 March.
  allOnEach(
    [
      ["pt", "O Gana e o Quénia assinaram no dia 10 em Acra um acordo sobre comércio."],
      ["es", "Ghana y Kenia firmaron el pasado día 10 en Accra un acuerdo sobre comercio."],
      ["it", "Il Ghana e il Kenya hanno firmato il giorno 10 ad Accra un accordo sul commercio."],
      ["ru", "Гана и Кения 10-го числа подписали в Аккре соглашение о торговле."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
  // …or in the month before, when that day has not yet come in the report's month: the 28th is 28 February.
  allOnEach(
    [["pt", "O Gana e o Quénia assinaram no dia 28 em Acra um acordo sobre comércio."]],
    "2026-03-12T10:00:00Z",
    "2026-02-28",
  );
});
