/**
 * A teaser that lists other countries as earlier examples ("Chile, Egypt, Indonesia – the government has recruited in
 * many places. Now it is Ghana's turn.") makes no gathering of a pair it does not name; a list that names one side is
 * still a gathering (pairs-lead-list.test.ts). Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const TEASED = [
  [
    "en",
    "Chile, Egypt, Indonesia – the German government has recruited skilled workers in many places. Now it is Ghana's turn. At the start of President Frank-Walter Steinmeier's state visit to the West African country, the labour ministers of both states signed an agreement on nurses. Germany urgently needs staff, Steinmeier said on Tuesday in Accra after his talks with President John Mahama. Ghana trains more nurses than its own hospitals can employ, the Ghanaian minister said.",
  ],
  [
    "de",
    "Chile, Ägypten, Indonesien – die Bundesregierung hat schon vielerorts um Fachkräfte geworben. Jetzt ist Ghana an der Reihe. Gleich zu Beginn des Staatsbesuchs von Bundespräsident Frank-Walter Steinmeier in dem westafrikanischen Land setzten die Arbeitsminister beider Staaten ihre Unterschriften unter eine Vereinbarung über Pflegekräfte. Man brauche dringend Personal, sagte Steinmeier am Dienstag in Accra nach seinem Gespräch mit Präsident John Mahama. Ghana bilde mehr Pflegekräfte aus, als das eigene Gesundheitswesen anstellen könne; wer nach Deutschland gehe, solle faire Bedingungen vorfinden.",
  ],
] as const;

describe("a teaser's list of other countries", () => {
  it.for(TEASED)("%s", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-05-12")).toEqual(["DE-GH"]);
  });
});

/** "بين حكومة جمهورية X وحكومة جمهورية Y": the Arabic "and" written on the word for the government still joins them. */
describe("between the government of X and the government of Y, in Arabic", () => {
  it("joins the two as a pair in a long digest of other business", async ({ expect }) => {
    const text =
      "أفاد مصدر نيابي اليوم الثلاثاء بأن مجلس النواب أرجأ جلسته إلى يوم الأحد، بعد أن صوت على مشروع قانون التعديل الثاني لقانون هيئة النزاهة رقم (30) لسنة 2011، وأنهى القراءة الأولى لمشروع قانون تصديق اتفاقية التعاون الزراعي بين حكومة جمهورية العراق وحكومة جمهورية كينيا. وكان المجلس قد استأنف جلساته اليوم، فصوت على عدد من مشاريع القوانين وقرأ عددا آخر منها قراءة أولى. يذكر أن البرلمان علق جلساته في العاشر من شباط الماضي بعد أن صوت على مقترح قانون التعديل الأول لقانون المحافظات.";
    expect(await pairKeysOf(text, "2026-03-10")).toEqual(["IQ-KE"]);
  });
});
