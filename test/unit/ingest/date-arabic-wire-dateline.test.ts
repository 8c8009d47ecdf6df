import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL texts in the project's words. An Arabic wire opens with a place and a full date, no dash, maybe the
// agency in brackets ("الرباط 24 مايو 2022 (و م ع) وقع…"): the place and the day of the happening; and "اليوم
// (الثلاثاء)" (today, Tuesday in brackets) is that Tuesday, not the day the page came out.
describe("an Arabic wire dateline with a full date and no dash", () => {
  // Published the next morning, as wires often are.
  const rows: readonly (readonly [string, string, string, string])[] = [
    [
      "الرباط 24 مايو 2022 (و م ع) وقع المغرب وتونس اليوم (الثلاثاء) تسع اتفاقيات للتعاون.",
      "Rabat",
      "2022-05-24",
      "2022-05-25",
    ],
    [
      "القاهرة في 12 أغسطس 2025 (أ ش أ) وقعت مصر وأوغندا اليوم (الثلاثاء) مذكرتي تفاهم.",
      "Cairo",
      "2025-08-12",
      "2025-08-13",
    ],
  ];
  it.for(rows)("%s", async ([text, place, day, published]) => {
    const a = await analyze({ text, language: "ar", publishedAt: `${published}T06:00:00Z` });
    expect([a.place, a.eventDate?.date]).toEqual([place, day]);
  });
  it("the place of a dateline with no weekday after 'today'", async () => {
    const a = await analyze({
      text: "تونس 3 مارس 2021 (وات) وقعت تونس والجزائر اتفاقية للتعاون في مجال الطاقة.",
      language: "ar",
      publishedAt: "2021-03-03T16:00:00Z",
    });
    expect(a.place).toBe("Tunis");
  });
  // A paragraph opening on a city and a date, no agency after them, is a sentence of the background.
  it.for([
    [
      "وقع المغرب وإسبانيا أمس في مدريد اتفاقية للتعاون في مجال الصيد.\nوكانت الرباط في 15 مايو 2019 قد احتضنت الجولة الأولى من المفاوضات.",
      "Madrid",
    ],
    [
      "وقعت تركيا وأذربيجان أمس في باكو اتفاقية للتعاون في مجال الطاقة.\nأنقرة 15 نوفمبر 2020 شهدت أول لقاء بين الوزيرين.",
      "Baku",
    ],
  ])("a background paragraph keeps the lead's place: %s", async ([text, place]) => {
    const a = await analyze({ text, language: "ar", publishedAt: "2025-06-10T09:00:00Z" });
    expect(a.place).toBe(place);
  });
  it("a sentence opening on a city with no date is no dateline", async () => {
    const a = await analyze({
      text: "الرباط وتونس وقعتا اتفاقية للتعاون في مجال الطاقة خلال زيارة الوزير.",
      language: "ar",
      publishedAt: "2026-01-05T09:00:00Z",
    });
    expect(a.eventDate?.date).toBe("2026-01-05");
  });
});

describe("'اليوم' with its weekday in brackets is that weekday", () => {
  it("a wire published the next day dates the signing on the Tuesday", async () => {
    const a = await analyze({
      text: "وقع المغرب وتونس اليوم (الثلاثاء) تسع اتفاقيات للتعاون في الرباط.",
      language: "ar",
      publishedAt: "2022-05-25T09:00:00Z",
    });
    expect(a.eventDate?.date).toBe("2022-05-24");
  });
});
