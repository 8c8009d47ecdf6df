import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { datesOf } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("an arrival whose destination is set off by a comma is still an arrival, in every language", () => {
  // Published on Sunday 10 May 2026: the lead tells a signing with no day; the visitor had arrived the day before.
  const rows: readonly (readonly [string, string])[] = [
    [
      "en",
      "Tunisia and Kuwait signed two memoranda of understanding. The Tunisian president arrived in Kuwait, on Saturday evening, for a two-day visit.",
    ],
    [
      "fr",
      "La Tunisie et le Koweït ont signé deux mémorandums d'entente. Le président tunisien est arrivé au Koweït, samedi soir, pour une visite de deux jours.",
    ],
    [
      "it",
      "La Tunisia e il Kuwait hanno firmato due memorandum d'intesa. Il presidente tunisino è arrivato in Kuwait, sabato sera, per una visita di due giorni.",
    ],
    [
      "es",
      "Túnez y Kuwait firmaron dos memorandos de entendimiento. El presidente tunecino llegó a Kuwait, el sábado por la noche, para una visita de dos días.",
    ],
    [
      "pt",
      "A Tunísia e o Kuwait assinaram dois memorandos de entendimento. O presidente tunisino chegou ao Kuwait, no sábado à noite, para uma visita de dois dias.",
    ],
    [
      "de",
      "Tunesien und Kuwait unterzeichneten zwei Absichtserklärungen. Der tunesische Präsident war in Kuwait, am Samstagabend, eingetroffen.",
    ],
    [
      "ru",
      "Тунис и Кувейт подписали два меморандума о взаимопонимании. Президент Туниса прибыл в Кувейт, в субботу вечером, с двухдневным визитом.",
    ],
    [
      "ar",
      "وقعت تونس والكويت مذكرتي تفاهم. وكان الرئيس التونسي قد وصل إلى الكويت، مساء أمس السبت، في زيارة تستغرق يومين.",
    ],
  ];
  it.for(rows)("%s: %s", async ([lang, text]) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-05-10T16:00:00Z" });
    expect(a.dates.find((d) => d.date === "2026-05-09")?.onset).toBe("arrival");
    expect(a.eventDate).toMatchObject({ date: "2026-05-10", evidence: "published" });
  });
});

describe("Arabic 'today' before a weekday dates the day ('اليوم الأحد', 'واليوم الاثنين')", () => {
  const rows: readonly (readonly [string, string, string])[] = [
    ["عقد الرئيسان اليوم الأحد جلسة مباحثات في الكويت.", "2026-05-10T16:00:00Z", "2026-05-10"],
    ["واليوم الاثنين عقد الرئيسان جلسة مباحثات في الكويت.", "2026-05-11T16:00:00Z", "2026-05-11"],
    // A wire of Sunday evening put online after midnight in UTC: its "today, Sunday" is the Sunday.
    ["عقد الرئيسان اليوم الأحد جلسة مباحثات في الكويت.", "2026-05-11T00:30:00Z", "2026-05-10"],
  ];
  it.for(rows)("%s (%s)", async ([text, publishedAt, day]) => {
    const a = await analyze({ text, language: "ar", publishedAt });
    expect(a.eventDate?.date).toBe(day);
    expect(a.eventDate?.evidence).toBe("weekday");
  });
  it("the fixture: today's talks date the signings, the arrival does not", async () => {
    expect(await datesOf("ar-date-today-weekday-arrival")).toEqual({ event: "2026-05-11", signed: ["2026-05-11"] });
  });
});
