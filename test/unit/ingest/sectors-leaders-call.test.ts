/**
 * Leaders who have spoken or phoned have met: a lead whose head of state or government tells a call or a talk with
 * the other side ("hat … mit dem ghanaischen Präsidenten gesprochen", "spoke with") reports political dialogue, though
 * it names no other topic of it (FICTIONAL leads written for this project).
 */
import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

const CALLS = [
  ["de", "Der Bundeskanzler hat am Dienstag erstmals mit dem ghanaischen Präsidenten gesprochen."],
  ["de", "Der Bundeskanzler hat am Dienstag mit dem ghanaischen Präsidenten telefoniert."],
  ["en", "The German chancellor spoke with the president of Ghana on Tuesday."],
  ["es", "El presidente de Chile habló con el presidente de Perú el martes."],
  ["pt", "O Presidente de Angola falou com o Presidente da Namíbia na terça-feira."],
  ["it", "Il presidente del Consiglio ha parlato con il primo ministro sloveno martedì."],
  ["ru", "Президент Армении поговорил с президентом Ирана во вторник."],
] as const;

describe("leaders who have spoken", () => {
  it.for(CALLS)("are political dialogue (%s: %s)", ([lang, lead], { expect }) => {
    expect(sectorsIn(lang, `${lead} The weather was fine.`)).toContain("political-dialogue");
  });
});
