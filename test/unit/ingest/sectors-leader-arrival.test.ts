/**
 * A leader's arrival, welcome, audience or hosting told in the lead is a meeting of leaders, so political dialogue,
 * as a visit or talks already were ("ist in Ghana eingetroffen", "acolheu o homólogo", "recebeu em audiência", "a
 * tête-à-tête", "reunião a sós"). Without an office word in the lead, an arrival is none. Sentences written for
 * this project (FICTIONAL); none names a field.
 */
import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

const LEADERS = [
  ["en", "The chancellor arrived in Accra on Tuesday evening and will stay two days."],
  ["en", "The president had a one-on-one with his guest at the palace on Tuesday."],
  ["fr", "Le président a eu un tête-à-tête avec son invité mardi au palais."],
  ["es", "El presidente mantuvo una reunión a solas con su invitado el martes en el palacio."],
  ["pt", "O primeiro-ministro acolheu hoje o homólogo à porta do Palácio do Governo."],
  ["pt", "O Presidente recebeu em audiência o seu convidado na terça-feira."],
  ["it", "Il capo dello Stato è giunto martedì al palazzo, dove lo attendeva il suo ospite."],
  ["de", "Der Bundeskanzler ist am Dienstag in Accra eingetroffen und bleibt zwei Tage."],
  ["ru", "Президент провел встречу один на один со своим гостем во вторник."],
  ["ar", "وصل الرئيس يوم الثلاثاء إلى العاصمة في زيارة تستغرق يومين."],
] as const;

describe("a leader's arrival or welcome in the lead", () => {
  it.for(LEADERS)("%s: %s → political dialogue", ([lang, text], { expect }) => {
    expect(sectorsIn(lang, text)).toContain("political-dialogue");
  });
  it("is no meeting without an office word", ({ expect }) => {
    expect(sectorsIn("en", "The cargo ship arrived in Accra on Tuesday evening and will stay two days.")).not.toContain(
      "political-dialogue",
    );
  });
});
