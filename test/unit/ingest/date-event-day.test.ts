import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";
import { allOnEach, datesOf } from "../../helpers/date-cases";

// FICTIONAL reports and sentences in the project's words; each fails without the rule its test names.

describe("a day a stay began ('since Sunday') is not the happening", () => {
  it("es-date-since-arrival-lead: the meeting's day dates the report and its signing", async ({ expect }) => {
    expect(await datesOf("es-date-since-arrival-lead")).toEqual({ event: "2026-03-09", signed: ["2026-03-09"] });
  });
});

describe("the day a visitor arrived is not the day of a signing the lead tells undated", () => {
  it.for(["en-date-arrival-not-event", "pt-date-arrival-not-event"])("%s", async (name, { expect }) => {
    expect(await datesOf(name)).toEqual({ event: null, signed: ["2026-03-09"] });
  });
});

describe("an entry into force the lead tells as just past is the report's event", () => {
  it("fr-date-signed-in-month: 'est entré en vigueur le 1er juillet' in a report of 2 July", async ({ expect }) => {
    expect((await datesOf("fr-date-signed-in-month")).event).toBe("2026-07-01");
  });

  it("not one of weeks before, nor one told after the lead", async ({ expect }) => {
    const old = "L'accord d'exemption de visas entre le Sénégal et le Maroc est entré en vigueur le 1er juin.";
    const later =
      "Le Sénégal et le Maroc renforcent leur coopération consulaire dans plusieurs domaines, a indiqué le ministère des affaires étrangères dans un communiqué publié à Dakar. L'accord d'exemption de visas est entré en vigueur le 1er juillet.";
    for (const text of [old, later]) {
      const a = await analyze({ text, publishedAt: "2026-07-02T10:00:00Z" });
      expect(a.eventDate?.evidence).toBe("published");
    }
  });
});

describe("a visit's days told after an undated lead, running to publication", () => {
  // FICTIONAL: the lead tells a signing with no day; the visit's days come last and include the publication day.
  it.for([
    [
      "en",
      "Ghana and Kenya signed a memorandum on health cooperation in Accra, the two foreign ministries said. The talks covered trade, energy and the security of the region as a whole. The visit of the Kenyan minister lasts two days, 18–19 January.",
    ],
    [
      "ru",
      "Гана и Кения подписали в Аккре меморандум о сотрудничестве в области здравоохранения, сообщили министерства. Стороны обсудили торговлю, энергетику и безопасность в регионе в целом. Визит министра Кении длится два дня — 18–19 января.",
    ],
    [
      "fr",
      "Le Ghana et le Kenya ont signé à Accra un mémorandum sur la santé, ont indiqué les deux ministères. Les entretiens ont porté sur le commerce, l'énergie et la sécurité de la région dans son ensemble. La visite du ministre kényan dure deux jours, les 18 et 19 janvier.",
    ],
  ] as const)("%s: the publication day stands in", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-01-19T10:00:00Z" });
    expect(a.eventDate?.evidence).toBe("published");
  });

  it("nor do days that begin on the publication day: a weekday gone by dates the report", async ({ expect }) => {
    const text =
      "Ghana and Kenya are preparing a package of memoranda on trade, health and energy for the visit of the Kenyan president, officials in Accra said. The Ghanaian foreign minister is attending a regional forum in Lomé (13–14 March). Talking to reporters on Thursday, a deputy minister said the list was not final.";
    const a = await analyze({ text, publishedAt: "2026-03-13T10:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-03-12");
  });

  it("a visit's days in the lead still date it by the first", async ({ expect }) => {
    const text = "The Kenyan foreign minister is visiting Ghana on 18–19 January for talks on trade and health.";
    const a = await analyze({ text, publishedAt: "2026-01-19T10:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-01-18");
  });
});

describe("a dateline's day, not the page's, is the day the text's 'today' means", () => {
  allOnEach(
    [
      ["en", "Islamabad, December 22, 2026: Pakistan and Kazakhstan signed six memoranda of understanding here today."],
      ["fr", "Dakar, 22 décembre 2026 : le Sénégal et le Maroc ont signé aujourd'hui six accords de coopération."],
      ["pt", "Luanda, 22 de dezembro de 2026 – Angola e Brasil assinaram hoje seis acordos de cooperação."],
      ["ru", "МОСКВА, 22 декабря. /Агентство/. Россия и Вьетнам подписали сегодня шесть соглашений о сотрудничестве."],
      ["ar", "القاهرة في 22 ديسمبر /وكالة/ وقعت مصر والأردن اليوم ست اتفاقيات للتعاون."],
    ],
    "2026-12-23T08:00:00Z",
    "2026-12-22",
  );
});

describe("a wire dated the day after the page's stamp, in its own time zone", () => {
  // FICTIONAL: filed in Tokyo on Friday 13 March, stamped 12 March 23:30 UTC: the wire's Friday is the page's
  // Thursday 12 March in UTC, never the Friday a week before.
  allOnEach(
    [
      ["en", "TOKYO, March 13 (Wire) - Japan and India signed a memorandum on semiconductor supply chains on Friday."],
      ["fr", "TOKYO, 13 mars (Agence) - Le Japon et l'Inde ont signé vendredi un mémorandum sur les semi-conducteurs."],
      ["en", "TOKYO, March 13 (Wire) - Japan and India signed a memorandum on semiconductor supply chains today."],
    ],
    "2026-03-12T23:30:00Z",
    "2026-03-12",
  );
});

describe("a day still to come is not resolved into the past", () => {
  it("en-date-likely-weekday: 'likely to be held … on Sunday' is ahead; the official spoke on Thursday", async ({
    expect,
  }) => {
    expect((await datesOf("en-date-likely-weekday")).event).toBe("2026-03-12");
  });
});

describe("'today, 14' with no publication date has no year", () => {
  it.for([
    ["pt", "Os dois países realizam hoje, 14, na Praia, a primeira sessão da comissão mista."],
    ["fr", "Les deux pays tiennent aujourd'hui, 14, à Dakar la première session de leur commission mixte."],
    ["es", "Los dos países celebran hoy, 14, en Lima la primera sesión de su comisión mixta."],
    ["it", "I due paesi tengono oggi, 14, a Roma la prima sessione della commissione mista."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(findDates(prepare(text), lang).map((d) => d.date)).toEqual([]);
  });

  it("pt-date-today-no-year: no event date", async ({ expect }) => {
    expect((await datesOf("pt-date-today-no-year")).event).toBe(null);
  });
});
