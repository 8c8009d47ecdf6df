import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

/** One test per `[language, text]` row with no publication date: the report states no date of its happening. */
function undatedEach(rows: readonly (readonly [string, string])[]) {
  it.for(rows)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang });
    expect(a.eventDate?.date).toBeUndefined();
  });
}

describe("with no publication date, a background date told after an undated lead is not the happening's", () => {
  undatedEach([
    [
      "en",
      "The president of Ghana pays an official visit to Kenya today.\nThe two countries established diplomatic relations on 4 May 1964.\nThe visit ends on Friday.",
    ],
    [
      "fr",
      "Le président du Ghana effectue aujourd'hui une visite officielle au Kenya.\nLes deux pays ont établi des relations diplomatiques le 4 mai 1964.\nLa visite s'achève vendredi.",
    ],
    [
      "de",
      "Der Präsident Ghanas stattet Kenia heute einen offiziellen Besuch ab.\nDie beiden Länder nahmen am 4. Mai 1964 diplomatische Beziehungen auf.\nDer Besuch endet am Freitag.",
    ],
    [
      "es",
      "El presidente de Ghana realiza hoy una visita oficial a Kenia.\nAmbos países establecieron relaciones diplomáticas el 4 de mayo de 1964.\nLa visita concluye el viernes.",
    ],
  ]);
});

describe("a date after an anniversary or a commemoration ('the commemoration of the floods of 3 May 2021') is background", () => {
  undatedEach([
    [
      "en",
      "The foreign ministers of Ghana and Kenya met in Accra today and attended the commemoration of the floods of 3 May 2021.",
    ],
    [
      "fr",
      "Les ministres des affaires étrangères du Ghana et du Kenya se sont réunis aujourd'hui à Accra et ont assisté à la commémoration des inondations du 3 mai 2021.",
    ],
    [
      "it",
      "I ministri degli esteri del Ghana e del Kenya si sono incontrati oggi ad Accra e hanno partecipato alla commemorazione delle alluvioni del 3 maggio 2021.",
    ],
    [
      "es",
      "Los cancilleres de Ghana y Kenia se reunieron hoy en Accra y asistieron a la conmemoración de las inundaciones del 3 de mayo de 2021.",
    ],
    [
      "pt",
      "Os chanceleres do Gana e do Quénia reuniram-se hoje em Acra e participaram na comemoração das cheias de 3 de maio de 2021.",
    ],
    [
      "de",
      "Die Außenminister Ghanas und Kenias trafen sich heute in Accra und nahmen am Gedenken an die Überschwemmungen vom 3. Mai 2021 teil.",
    ],
    [
      "ru",
      "Министры иностранных дел Ганы и Кении встретились сегодня в Аккре и почтили память жертв наводнения 3 мая 2021 года.",
    ],
    ["ar", "التقى وزيرا خارجية غانا وكينيا اليوم في أكرا وشاركا في إحياء ذكرى فيضانات 3 مايو 2021."],
  ]);
});

describe("a date after 'preceded by' ('The session was preceded by a meeting of senior officials on 28 November 2024') is background", () => {
  // A page's date line, a lead with no day, then the weekday of the happening: the written dates of the earlier
  // meetings are not its day.
  it.for([
    [
      "en",
      "Wednesday, December 4, 2024\nThe presidents of Ghana and Kenya praised the ties between their nations.\nIn a joint statement issued on Tuesday at the close of their joint commission, they recalled their long friendship.\nThe session was preceded by a meeting of senior officials on 28 and 29 November 2024 and by a meeting of ministers on 2 December 2024.",
    ],
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang });
    expect(a.eventDate?.date).toBe("2024-12-03");
  });
});

describe("the only written date after 'preceded by' may be the happening's own day", () => {
  it("keeps it when the report has no other date", async ({ expect }) => {
    const text =
      "Ghana and Kenya signed three agreements in Accra.\nThe signing was preceded by talks between the two presidents on 4 December 2024.";
    const a = await analyze({ text, language: "en" });
    expect(a.eventDate?.date).toBe("2024-12-04");
  });
});
