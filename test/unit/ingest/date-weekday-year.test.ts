import { describe, it } from "vitest";
import { weekdayDateInTextYear } from "../../../src/ingest/recognize/date-weekday-year";

describe("weekdayDateInTextYear", () => {
  it.for([
    ["fr", "Le ministre s'est entretenu lundi 24 avril à Buenos Aires. Les relations datent de 1973 et de 2023."],
    ["en", "The minister held talks on Monday, April 24 in Buenos Aires, a visit planned since 2023."],
    ["es", "El ministro se reunió el lunes 24 de abril en Buenos Aires, en la primera visita desde 2023."],
    ["pt", "O ministro reuniu-se na segunda-feira, 24 de abril, em Buenos Aires, na primeira visita desde 2023."],
    ["it", "Il ministro ha incontrato lunedì 24 aprile a Buenos Aires il collega, dopo la visita del 2023."],
    ["de", "Der Minister traf am Montag, 24. April in Buenos Aires seinen Kollegen, erstmals seit 2023."],
    ["ru", "Министр провел переговоры в понедельник, 24 апреля, в Буэнос-Айресе, впервые с 2023 года."],
    ["ar", "أجرى الوزير مباحثات يوم الاثنين 24 أبريل في بوينس آيرس، في أول زيارة منذ 2023."],
  ] as const)("%s: the latest year the text writes dates a weekday, day and month", ([, text], { expect }) => {
    expect(weekdayDateInTextYear(text)).toBe("2023-04-24");
  });

  it.for([
    ["no year in the text", "Le ministre s'est entretenu lundi 24 avril à Buenos Aires."],
    [
      "the weekday does not fall on that day then",
      "Le ministre s'est entretenu mardi 24 avril. Visite préparée en 2023.",
    ],
    ["the latest year is a plan's", "Talks were held on Monday, April 24 on Vision 2030, set out in 2016."],
    ["the date has its own year", "Le ministre s'est entretenu lundi 24 avril 2023 à Buenos Aires, après 2021."],
  ] as const)("gives nothing when %s", ([, text], { expect }) => {
    expect(weekdayDateInTextYear(text)).toBeUndefined();
  });
});
