/**
 * Two more dateline forms whose day is the wire's, not the lead's (texts FICTIONAL): the first of the month written
 * as an ordinal on a line of its own with a byline ("Rabat, 1er octobre, Nom Prénom, AGENCE"), and a day inside the
 * bracket the dateline opens ("MOSCOW (Wire / Agency - 11th June, 2020) In a call on Wednesday…"). The lead's own
 * day wins over either.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { datelineOf } from "../../../src/ingest/recognize/dateline";

const CASES = [
  [
    "fr",
    "Rabat, 1er octobre, Karim Benali, AGENCE FICTIVE\n\nHier mardi à Montréal, le Maroc et la Gambie ont signé un accord sur les services aériens.",
    "2025-10-01",
    "2025-09-30",
  ],
  [
    "pt",
    "Luanda, 1º outubro, Ana Lopes, AGÊNCIA FICTÍCIA\n\nOntem, terça-feira, Angola e a Namíbia assinaram em Windhoek um acordo sobre pescas.",
    "2025-10-01",
    "2025-09-30",
  ],
  [
    "en",
    "MOSCOW/MINSK (Fixture News / Wire - 11th June, 2020) In a telephone call on Wednesday, the foreign ministers of Russia and Belarus discussed their joint programme.",
    "2020-06-11",
    "2020-06-10",
  ],
] as const;

describe("dateline forms with the wire's day", () => {
  it.for(CASES)("%s: the lead's day wins", async ([language, text, published, day], { expect }) => {
    const a = await analyze({ text, publishedAt: published, language });
    expect(a.eventDate?.date).toBe(day);
  });

  it("reads the first of the month written as an ordinal", ({ expect }) => {
    for (const [, text] of CASES.slice(0, 2)) {
      const found = datelineOf(text);
      expect(text.slice(found?.start, found?.end)).toBe(`${text.split("\n")[0]}\n`);
    }
  });

  it("closes the bracket a dateline opens, and no more", ({ expect }) => {
    const text = CASES[2][1];
    const found = datelineOf(text);
    expect(text.slice(found?.start, found?.end)).toBe("MOSCOW/MINSK (Fixture News / Wire - 11th June, 2020) ");
    const plain = "ALGER (Agence) - Les deux pays ont signé un accord (le troisième) mardi.";
    const line = datelineOf(plain);
    expect(plain.slice(line?.start, line?.end)).toBe("ALGER (Agence) - ");
  });
});

// A dateline naming two or more places joined by slashes ("MOSCOW/MINSK", "Berlin/Jerewan/Baku") gives no one place of
// the happening; a single place still does.
describe("a dateline of several places", () => {
  it.for([
    ["en", CASES[2][1], null],
    [
      "de",
      "Berlin/Jerewan/Baku (Fixture) – Der Bundespräsident wird vom 30. März an Armenien und Aserbaidschan besuchen, teilte das Präsidialamt am Donnerstag mit.",
      null,
    ],
    [
      "en",
      "MOSCOW (Fixture Wire) - In a telephone call on Wednesday, the foreign ministers of Russia and Belarus reviewed their joint programme.",
      "Moscow",
    ],
  ] as const)("%s: %s", async ([language, text, place], { expect }) => {
    const a = await analyze({ text, publishedAt: "2020-06-11", language });
    expect(a.place ?? null).toBe(place);
  });
});

// A city and a day in figures closed by a stop after a country's dateline ("SENEGAL – Dakar 24/05/2015.") are the
// wire's filing day, not the lead's; a page header's weekday before a date ("Flagge Samstag, 30 September 2023",
// German without the dot after the day) is no dateline, and its weekday no day of the happening; a wire's dateline
// may stand after many lines of menu.
describe("the filing day after a country's dateline, and a page header's weekday", () => {
  it.for([
    [
      "it",
      "GHANA – Accra 12/03/2026. Il 9 marzo, ad Accra, i presidenti del Ghana e del Burkina Faso si sono incontrati per parlare di energia.",
      "2026-03-12",
      "2026-03-09",
    ],
    [
      "fr",
      "GHANA – Accra 12/03/2026. Le 9 mars, à Accra, les présidents du Ghana et du Burkina Faso se sont entretenus de l'énergie.",
      "2026-03-12",
      "2026-03-09",
    ],
    [
      "ru",
      "Главная\nНовости\nПолитика\nКАЗАХСТАН – Астана 04/06/2024. 3 июня Казахстан и Монголия подписали в Улан-Баторе соглашение.",
      "2024-06-04",
      "2024-06-03",
    ],
    [
      "de",
      "Projekte\nDienste\nBehörden\nFlagge Montag, 14 September 2026\nKiew sonnig +12°C\nAlle Meldungen\nAlle Meldungen\nPolitik\n03 März 2026, 14:10\n\nUkraine und Moldau wollen Handel ausbauen\n\nKIEW, 03. März (Agentur) - Die Ukraine und Moldau wollen ihren Handel ausbauen.",
      "2026-03-03",
      "2026-03-03",
    ],
  ] as const)("%s: %s", async ([language, text, published, day], { expect }) => {
    const a = await analyze({ text, publishedAt: published, language });
    expect(a.eventDate?.date).toBe(day);
  });

  it("ends the dateline after the filing day, and skips a header that names a weekday", ({ expect }) => {
    const text = "GHANA – Accra 12/03/2026. Il 9 marzo, ad Accra, si sono incontrati.";
    const found = datelineOf(text);
    expect(text.slice(found?.start, found?.end)).toBe("GHANA – Accra 12/03/2026.");
    const header =
      "Flagge Samstag, 30 September 2023\nMinsk bewölkt\n\nMINSK, 02. Juni (BelTA) - Belarus und Kuba sprachen.";
    const line = datelineOf(header);
    expect(header.slice(line?.start, line?.end)).toBe("MINSK, 02. Juni (BelTA) - ");
  });
});

// A wire dateline with its year after a slash ("Addis Ababa June 30/2021 (Agency)") is the filing day; the sentence
// after an undated lead that names the signers and their day ("Putting their names to the agreement on Tuesday
// were…") dates the happening, and "the agreement on Tuesday" restates the one signed rather than adding another.
describe("a slashed dateline and the signers' sentence", () => {
  const text =
    "Addis Ababa June 30/2021 (Agency) An agreement on air services has been signed by Ethiopia and Ireland in Dublin.\n\nPutting their names to the agreement on Tuesday were the Ethiopian ambassador and the Irish minister of transport.";
  it("ends the dateline after the agency", ({ expect }) => {
    const found = datelineOf(text);
    expect(text.slice(found?.start, found?.end)).toBe("Addis Ababa June 30/2021 (Agency) ");
  });
  it("dates the happening and its one agreement by the signers' day", async ({ expect }) => {
    const a = await analyze({ text, publishedAt: "2021-06-30", language: "en" });
    expect(a.eventDate?.date).toBe("2021-06-29");
    const signed = a.commitments.filter((c) => c.status === "signed");
    expect(signed.map((c) => [c.legalForm, c.signedOn])).toEqual([["agreement", "2021-06-29"]]);
  });
});

// An agency's name closed by a stop right after a dateline's dash ("МОСКВА, 9 окт — РИА Новости.") is the dateline's:
// the lead is the sentence after it, and the pair it joins is the lead's.
describe("an agency after the dateline's dash", () => {
  it.for([
    ["МОСКВА, 9 окт — Агентство Тест. Россия и Турция обсудили торговлю.", "МОСКВА, 9 окт — Агентство Тест."],
    ["СУХУМ, 9 окт — Sputnik. Россия и Турция обсудили торговлю.", "СУХУМ, 9 окт — Sputnik."],
    ["RABAT, 9 oct — Agence Test. Le Maroc et le Sénégal ont signé un accord.", "RABAT, 9 oct — Agence Test."],
  ] as const)("%s", ([text, line], { expect }) => {
    const found = datelineOf(text);
    expect(text.slice(found?.start, found?.end)).toBe(line);
  });
  it("reads the pair of the sentence after it", async ({ expect }) => {
    const text =
      "СУХУМ, 9 окт — Sputnik. Россия и Турция могут подписать соглашение о свободной торговле в конце года, сообщил в воскресенье министр.";
    const a = await analyze({ text, publishedAt: "2026-10-09", language: "ru" });
    expect(a.pairs.map((p) => p.key)).toEqual(["RU-TR"]);
  });
});
