/**
 * A signing told as what is supposed or awaited ("are supposed to be signed", "sont censés être signés", "ويُنتظر أن
 * تتضمن الزيارة توقيع…") is still ahead: no signed commitment. The words govern only a signing of their own: "supposed
 * to double trade", "censé doubler les échanges" in a clause that reports a signing done leave it signed, and so does
 * a signing told done before them (FICTIONAL sentences written for this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  [
    "en",
    "The Senegalese prime minister is in Paris on Thursday, where an agreement on education between France and Senegal is supposed to be signed.",
  ],
  [
    "fr",
    "Le Premier ministre sénégalais est à Paris ce jeudi. Plusieurs accords entre la France et le Sénégal sont en outre censés être signés, entre autres dans l'éducation.",
  ],
  [
    "es",
    "El primer ministro senegalés viaja a París este jueves, y se supone que Francia y Senegal firmarán un acuerdo de educación.",
  ],
  ["ar", "يزور الرئيس التركي القاهرة غدا الأربعاء، ويُنتظر أن تتضمن الزيارة توقيع مجموعة من الاتفاقيات بين البلدين."],
  ["ar", "يصل رئيس الوزراء الأردني إلى بغداد غدا، ومن المفترض أن يوقع البلدان اتفاقية للتعاون في مجال الطاقة."],
];

const DONE: readonly (readonly [string, string])[] = [
  [
    "en",
    "The agreement between Morocco and Senegal that is supposed to double trade by 2030 was signed in Rabat on Monday.",
  ],
  ["fr", "L'accord entre le Maroc et le Sénégal censé doubler les échanges a été signé lundi à Rabat."],
  ["ar", "وكان من المفترض أن تستغرق الزيارة يوما واحدا وشهدت توقيع اتفاقية بين المغرب والسنغال يوم الاثنين في الرباط."],
  ["fr", "La France et le Sénégal ont signé jeudi un accord sur l'éducation, censé entrer en vigueur en septembre."],
  [
    "ar",
    "وقعت مصر وتركيا يوم الأربعاء في القاهرة اتفاقية للتعاون في مجال الطاقة، ويُنتظر أن تدخل حيز التنفيذ العام المقبل.",
  ],
];

describe("a signing supposed or awaited", () => {
  it.for(AHEAD)("%s: is still ahead (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
  it.for(DONE)("%s: a signing done before keeps its status (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});
