/**
 * A signing verb that opens its sentence, its long subject told before its object (sentences written for this
 * project, FICTIONAL): Arabic puts the verb first ("وقّع …، من جهة، و…، من جهة أخرى، 13 اتفاقية"), and so may
 * Spanish or Italian ("Firmaron el canciller …, y …, doce acuerdos"). However long the subject with its titles and
 * commas, the verb governs the first instruments its sentence names after it.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const FAR = [
  [
    "ar",
    "وقّع وزير الخارجية والتعاون الدولي في جمهورية تشاد، عميد السلك الوزاري والمبعوث الخاص لرئيس الجمهورية إلى دول أمريكا الجنوبية، الدكتور يوسف آدم، من جهة، ووزير الدولة للشؤون الخارجية في جمهورية بيرو، نائب رئيس مجلس الوزراء والناطق الرسمي باسم الحكومة، السيد كارلوس ماتا، من جهة أخرى، 9 اتفاقيات ومذكرات تفاهم بين البلدين.",
    9,
  ],
  [
    "es",
    "Firmaron el canciller de Chad, decano del gabinete, Yusuf Adam, por una parte, y el viceministro de Relaciones Exteriores de Perú, vicepresidente del Consejo de Ministros, Carlos Mata, por la otra parte, un total de nueve acuerdos de cooperación.",
    9,
  ],
] as const;

const NOT_OBJECT = [
  [
    "ar",
    "وقّع وزير الخارجية التشادي يوسف آدم ونظيره البيروفي كارلوس ماتا على هامش الاجتماع. وكان البلدان قد ناقشا في العام الماضي إمكانية إبرام 9 اتفاقيات.",
    0,
  ],
] as const;

describe("a signing verb that opens its sentence reaches its object past a long subject", () => {
  it.for([...FAR, ...NOT_OBJECT])("%s %s → %d instruments", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });
});
