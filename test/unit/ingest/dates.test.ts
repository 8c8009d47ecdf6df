import { describe, it } from "vitest";
import datesData from "../../../seed/lexicons/dates.json";
import { daysBetween, eventDateOf, findDates, leadOf, toIsoDate } from "../../../src/ingest/recognize/dates";
import { normalizeArabic, prepare } from "../../../src/ingest/match/normalize";
import type { DateHit } from "../../../src/ingest/types";

const dates = (lang: string, text: string, ref?: string) =>
  findDates(prepare(text), lang, ref).map((d) => ({
    text: d.span?.text,
    date: d.date,
    ...(d.endDate ? { endDate: d.endDate } : {}),
    evidence: d.evidence,
    role: d.role,
  }));

describe("Arabic month tables", () => {
  it.for(["ar-EG", "ar-MA", "ar-DZ", "ar-TN", "ar-SY", "ar-SA"])(
    "hold every month name ICU prints for %s",
    (locale, { expect }) => {
      const table = datesData.arabicMonths as Record<string, string[]>;
      const fmt = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) {
        const name = normalizeArabic(fmt.format(new Date(Date.UTC(2025, m - 1, 15))));
        expect((table[String(m)] ?? []).map(normalizeArabic), `${locale} month ${m}: ${name}`).toContain(name);
      }
    },
  );
});

describe("findDates", () => {
  it("reads explicit dates and gives them roles from the words around them", ({ expect }) => {
    const text =
      "Rabat, 28 February 2025 – talks. The agreement, signed on 26 September 2024 in New York, will enter into force on 19 March 2025.";
    expect(dates("en", text, "2025-03-01")).toEqual([
      { text: "28 February 2025", date: "2025-02-28", evidence: "explicit", role: "event" },
      { text: "on 26 September 2024", date: "2024-09-26", evidence: "explicit", role: "signing" },
      { text: "on 19 March 2025", date: "2025-03-19", evidence: "explicit", role: "entry-into-force" },
    ]);
  });

  it.for([
    ["en", "The minister arrived on Friday.", "2025-03-01", "2025-02-28"],
    ["en", "The minister arrived on Friday.", "2025-02-27", "2025-02-21"],
    ["fr", "Le ministre est arrivé vendredi.", "2025-03-02", "2025-02-28"],
    ["it", "Il ministro è arrivato venerdì.", "2025-02-28", "2025-02-28"],
    ["es", "El ministro llegó el viernes pasado.", "2025-03-02", "2025-02-28"],
    ["pt", "O ministro chegou na sexta-feira passada.", "2025-03-02", "2025-02-28"],
    ["de", "Der Minister kam am vergangenen Freitag an.", "2025-03-02", "2025-02-28"],
    ["ar", "وصل الوزير يوم الجمعة إلى الرباط.", "2025-03-01", "2025-02-28"],
    ["ar", "والتقى الوزيران الجمعة بالرباط.", "2025-02-28", "2025-02-28"],
  ] as const)(
    "resolves a bare weekday (%s: %s, published %s) on or before publication",
    ([lang, text, ref, want], { expect }) => {
      const found = dates(lang, text, ref);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ date: want, evidence: "weekday", role: "event" });
    },
  );

  it("moves a 'last'/'next' weekday strictly before/after publication", ({ expect }) => {
    expect(dates("en", "They met last Friday.", "2025-02-28")[0]?.date).toBe("2025-02-21");
    expect(dates("fr", "Ils se verront vendredi prochain à Rabat.", "2025-02-28")[0]?.date).toBe("2025-03-07");
    expect(dates("ar", "والتقيا الخميس الماضي", "2025-11-28")[0]?.date).toBe("2025-11-27");
  });

  it.for([
    ["fr", "le 3 décembre dernier"],
    ["it", "il 3 dicembre scorso"],
    ["es", "el 3 de diciembre pasado"],
    ["ar", "يوم 3 ديسمبر الماضي"],
    ["en", "on 3 December last year"],
  ] as const)("does not put '%s: %s' a year late", ([lang, text], { expect }) => {
    // Published 28 November: the nearest 3 December is in 5 days, but the text says it is past.
    expect(dates(lang, text, "2025-11-28")[0]?.date).toBe("2024-12-03");
  });

  it.for([
    ["fr", "les 24-27 novembre 2025 à Marrakech"],
    ["fr", "du 24 au 27 novembre 2025 à Marrakech"],
    ["en", "from 24-27 November 2025 in Marrakech"],
    ["it", "dal 24 al 27 novembre 2025 a Marrakech"],
    ["es", "del 24 al 27 de noviembre de 2025 en Marrakech"],
    ["pt", "entre 24 e 27 de novembro de 2025 em Marrakech"],
    ["de", "vom 24. bis 27. November 2025 in Marrakesch"],
    ["ar", "من ٢٤ إلى ٢٧ نونبر ٢٠٢٥ بمراكش"],
    ["ar", "و٢٤-٢٧ نوفمبر 2025 بمراكش"],
  ] as const)("gives both ends of a range (%s: %s)", ([lang, text], { expect }) => {
    expect(dates(lang, text, "2025-02-28")[0]).toMatchObject({
      date: "2025-11-24",
      endDate: "2025-11-27",
      evidence: "explicit",
    });
  });

  it("reads Arabic dates with Maghreb and Algerian month names and Eastern digits", ({ expect }) => {
    const found = dates("ar", "في ٢٦ شتنبر ٢٠٢٤ ثم 5 جانفي 2026 و١٢ غشت و ٢٤/١١/٢٠٢٥ وأمس", "2025-11-28");
    expect(found.map((d) => [d.date, d.evidence])).toEqual([
      ["2024-09-26", "explicit"],
      ["2026-01-05", "explicit"],
      ["2025-08-12", "explicit"],
      ["2025-11-24", "explicit"],
      ["2025-11-27", "weekday"],
    ]);
  });

  it("gives Arabic roles: signing and entry into force", ({ expect }) => {
    const text = "وقع البلدان الاتفاقية في 26 سبتمبر 2024 على أن تدخل حيز التنفيذ في 19 مارس 2025.";
    expect(dates("ar", text, "2025-03-01").map((d) => d.role)).toEqual(["signing", "entry-into-force"]);
  });

  it("reads a day, month abbreviation and year joined by dots ('25.Aug.2023', '12.mar.2026')", ({ expect }) => {
    // Our own sentences, in the style some outlets print their dates in.
    expect(
      dates("en", "The two presidents signed the accords this Friday (25.Aug.2023) in Luanda.").map((d) => d.date),
    ).toEqual(["2023-08-25"]);
    expect(
      dates("pt", "Os ministros assinaram o acordo nesta quinta-feira (12.mar.2026) em Brasília.").map((d) => d.date),
    ).toContain("2026-03-12");
    // A word that is no month stays no date.
    expect(dates("en", "See section 4.Annex.2023 of the file.", "2025-03-01")).toEqual([]);
  });

  it("reads an all-number date joined by dots day first, in English too ('10.03.2022' is 10 March)", ({ expect }) => {
    // FICTIONAL: our own sentences. Dots between numbers are the day-first style everywhere; only slashes are
    // month-first in American English.
    expect(dates("en", "Signing ceremony of new documents 10.03.2022").map((d) => d.date)).toEqual(["2022-03-10"]);
    expect(dates("en", "The ministers signed the protocol on 05.11.2021 in Dushanbe.").map((d) => d.date)).toEqual([
      "2021-11-05",
    ]);
    expect(dates("de", "Die Minister unterzeichneten am 05.11.2021 das Protokoll.").map((d) => d.date)).toEqual([
      "2021-11-05",
    ]);
    // A month past twelve is no day-first date either way round.
    expect(dates("en", "Version 13.25.2021 of the software.")).toEqual([]);
  });

  it("skips weekdays without a publication date, and month-only or year-only dates", ({ expect }) => {
    expect(dates("en", "They met on Friday.")).toEqual([]);
    expect(dates("en", "The plan of 2007 and resolution 2756 of October 2024.", "2025-03-01")).toEqual([]);
  });
});

describe("findDates and eventDateOf without a publication date", () => {
  const eventOf = (lang: string, text: string, ref?: string) => {
    const doc = prepare(text);
    return eventDateOf(findDates(doc, lang, ref), ref, leadOf(doc))?.date;
  };

  it("resolves 'yesterday' against the page's own date line, never the wall clock", ({ expect }) => {
    expect(eventOf("it", "di Una Firma - 14 Novembre 2025\n\nIeri a Roma i due ministri hanno firmato l'intesa.")).toBe(
      "2025-11-13",
    );
    expect(eventOf("es", "MADRID, 5 de mayo de 2025 – Los ministros se reunieron ayer en Madrid.")).toBe("2025-05-04");
    expect(eventOf("en", "The ministers met on Friday and spoke of a plan.")).toBeUndefined();
  });

  // FICTIONAL texts written for these tests.
  it("never resolves a bare weekday against a background date further on (which week is 'Thursday'?)", ({ expect }) => {
    const filler = " Ils ont parlé longuement de la région, de ses routes et de ses ports.".repeat(5);
    const fr = `Les deux présidents se sont entretenus jeudi au palais.${filler} La crise dure depuis le 15 avril 2023.`;
    expect(eventOf("fr", fr)).toBeUndefined();
    const fillerAr = " وتناولت المباحثات الأوضاع في المنطقة والطرق والموانئ.".repeat(6);
    const ar = `أجرى الرئيسان يوم الخميس مباحثات مغلقة.${fillerAr} وتستمر الأزمة منذ 15 أبريل 2023.`;
    expect(eventOf("ar", ar)).toBeUndefined();
  });

  it("takes the page's own date line for the publication day, not for the event's day", ({ expect }) => {
    const doc = prepare("Поиск по сайту\n\n27 ноябрь 2025\n\nДепутаты двух стран обсудили сотрудничество.");
    expect(eventDateOf(findDates(doc, "ru"), undefined, leadOf(doc))).toMatchObject({
      date: "2025-11-27",
      evidence: "published",
    });
    const dated = prepare("Новости\n12 июля\nПослы двух стран провели встречу.");
    expect(eventDateOf(findDates(dated, "ru", "2025-07-12"), "2025-07-12", leadOf(dated))).toMatchObject({
      date: "2025-07-12",
      evidence: "published",
    });
  });

  it("reads a lower-case word as a word, not a weekday abbreviation", ({ expect }) => {
    expect(dates("de", "Die Beziehungen sind so eng wie nie.", "2025-05-07")).toEqual([]);
  });

  it("reads a German day written as an ordinal word ('am vierten August')", ({ expect }) => {
    // FICTIONAL sentences.
    expect(
      dates("de", "Die Minister unterzeichneten am vierten August 2017 in Bratislava ein Abkommen."),
    ).toMatchObject([{ text: "vierten August 2017", date: "2017-08-04", evidence: "explicit" }]);
    expect(dates("de", "Das Treffen fand am einunddreißigsten Mai statt.", "2025-06-02")[0]?.date).toBe("2025-05-31");
    // An ordinal that is no day of a month stays a word.
    expect(dates("de", "Es war ihr vierter Besuch in Bratislava.", "2025-06-02")).toEqual([]);
  });

  it("dates a lead's weekday by the visit's stated days when there is no publication date", ({ expect }) => {
    // FICTIONAL: 6 May 2025 is a Tuesday; the visit's days are stated only further down, as a range.
    const text =
      "Ghana and Togo on Tuesday signed two agreements in Lomé.\n\nThe ministers also spoke of trade, of the border and of the road that links their capitals.\n\nThe visit, which the two governments had prepared for months, and which followed a long pause in contacts between their ministers, ran from the 5th to the 7th of May 2025, the communiqué said.";
    const doc = prepare(text);
    const found = findDates(doc, "en");
    expect(found.map((d) => [d.span?.text, d.date, d.endDate])).toEqual([
      ["on Tuesday", "2025-05-06", undefined],
      ["5th to the 7th of May 2025", "2025-05-05", "2025-05-07"],
    ]);
    expect(eventDateOf(found, undefined, leadOf(doc))?.date).toBe("2025-05-06");
    // A weekday that falls outside the stated days is still no date of ours.
    const outside = prepare(text.replace("on Tuesday", "on Friday"));
    expect(findDates(outside, "en").map((d) => d.span?.text)).toEqual(["5th to the 7th of May 2025"]);
  });

  it("reads a Portuguese ordinal before its noun as an ordinal, not a weekday ('a quarta visita')", ({ expect }) => {
    // FICTIONAL sentences. 2025-11-24 is a Monday.
    for (const text of [
      "É a quarta visita do presidente a Maputo.",
      "Pela segunda vez, os dois governos reuniram a comissão mista.",
      "A quinta edição do fórum decorreu em Luanda.",
      "O Brasil é a sexta economia que assina o acordo.",
    ])
      expect(dates("pt", text, "2025-11-24"), text).toEqual([]);
    // The weekdays themselves stay: with -feira, or standing alone as a day.
    expect(dates("pt", "Os dois ministros assinaram o acordo na quarta-feira.", "2025-11-24")[0]?.date).toBe(
      "2025-11-19",
    );
    expect(dates("pt", "Os dois ministros reuniram-se na quarta, em Maputo.", "2025-11-24")[0]?.date).toBe(
      "2025-11-19",
    );
  });

  it("lets the lead's own day win over a background date and over the dateline's filing day", ({ expect }) => {
    const text =
      "NEW DELHI — The ministers met on Tuesday, nine months after their first meeting in Tokyo on 26 September 2024.";
    expect(eventOf("en", text, "2025-06-11")).toBe("2025-06-10");
    expect(eventOf("fr", "RABAT, 12 mars 2025 (Agence) – Le ministre a reçu lundi son homologue.", "2025-03-12")).toBe(
      "2025-03-10",
    );
  });

  it("never takes a day still to come ('will visit … on Friday') as the event", ({ expect }) => {
    const found = dates("en", "The minister will visit Cairo on Friday.", "2025-09-30");
    expect(found).toMatchObject([{ date: "2025-10-03", evidence: "weekday" }]);
    expect(eventOf("en", "The minister will visit Cairo on Friday.", "2025-09-30")).toBe("2025-09-30");
  });
});

describe("eventDateOf", () => {
  const hit = (date: string, evidence: DateHit["evidence"], role: DateHit["role"], start = 200): DateHit => ({
    date,
    evidence,
    role,
    span: { start, end: start + 5, text: date },
  });

  it("prefers an explicit date of the event to a weekday", ({ expect }) => {
    const d = eventDateOf(
      [hit("2025-02-28", "weekday", "event"), hit("2025-02-28", "explicit", "event")],
      "2025-03-01",
    );
    expect(d?.evidence).toBe("explicit");
  });

  it("ignores signing and entry-into-force dates far from publication, and dates after it", ({ expect }) => {
    const d = eventDateOf(
      [
        hit("2024-09-26", "explicit", "signing"),
        hit("2025-03-19", "explicit", "entry-into-force"),
        hit("2025-11-24", "explicit", "event"),
        hit("2025-02-28", "weekday", "other"),
      ],
      "2025-03-01",
    );
    expect(d).toMatchObject({ date: "2025-02-28", evidence: "weekday" });
  });

  it("falls back to the publication date, or to nothing", ({ expect }) => {
    expect(eventDateOf([], "2025-03-02")).toEqual({ date: "2025-03-02", evidence: "published", role: "event" });
    expect(eventDateOf([])).toBeUndefined();
  });
});

describe("helpers", () => {
  it("reads publication dates", ({ expect }) => {
    expect(toIsoDate("2025-03-01T09:15:00+01:00")).toBe("2025-03-01");
    expect(toIsoDate("2025-02-30")).toBeUndefined();
    expect(toIsoDate("Fri, 28 Feb 2025 18:40:00 GMT")).toBe("2025-02-28");
    expect(toIsoDate("soon")).toBeUndefined();
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
  });
});

describe("German future verbs", () => {
  it("takes a finite future verb as written: 'reiste' is its past, so the day is the last one", ({ expect }) => {
    const past = findDates(prepare("Der Präsident reiste am Montag zu Gesprächen nach Manila."), "de", "2026-05-12");
    expect(past.map((d) => [d.date, d.future ?? false])).toEqual([["2026-05-11", false]]);
    const coming = findDates(prepare("Der Präsident reist am Montag zu Gesprächen nach Manila."), "de", "2026-05-12");
    expect(coming.map((d) => [d.date, d.future ?? false])).toEqual([["2026-05-18", true]]);
  });
});
