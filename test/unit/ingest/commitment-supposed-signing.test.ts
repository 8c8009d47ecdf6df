/**
 * A signing told as what is supposed or awaited ("are supposed to be signed", "sont censés être signés", "se supone
 * que firmarán", "ويُنتظر أن تتضمن الزيارة توقيع…", "من المفترض أن يوقع") is still ahead: no signed commitment.
 * A signing told done before such a word keeps its status (FICTIONAL sentences written for this project).
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
