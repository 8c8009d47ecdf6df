import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words, with no publication date and an undated URL. The officials they name
// held office only from a known day, so the report came out after it: a day of the text well before that is
// background (an earlier session, an independence day), never the report's event nor the day its "today" is.

const URL = "https://news.example.org/politics/visit";

const BACKGROUND = [
  [
    "fr",
    "Le Maroc et la Mauritanie ont signé vendredi à Rabat trois accords de coopération, en présence du chef du gouvernement Aziz Akhannouch. La session précédente s'était tenue à Nouakchott les 23 et 24 avril 2013.",
  ],
  [
    "pt",
    "Moçambique e a Tanzânia assinaram dois acordos de cooperação em Dar es Salaam. O Presidente Daniel Chapo chegou hoje à cidade. No museu, Chapo lembrou a independência, alcançada a 25 de Junho de 1975.",
  ],
  [
    "en",
    "Kenya and Ethiopia signed a trade agreement in Nairobi on Friday, President William Ruto said. The previous joint commission was held in Addis Ababa on 3 and 4 May 2011.",
  ],
  [
    "es",
    "Paraguay y Uruguay firmaron hoy en Asunción dos acuerdos de cooperación, en presencia de Santiago Peña y Yamandú Orsi. La comisión mixta anterior se había reunido en Montevideo el 10 de marzo de 2009.",
  ],
] as const;

describe("an undated report: a day well before its officials took office is background", () => {
  it.for(BACKGROUND)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, url: URL });
    expect(a.pairs.length).toBe(1);
    expect(a.eventDate).toBeUndefined();
    // No relative day of the text takes that old day as its anchor.
    expect(a.dates.filter((d) => d.date < "2020-01-01" && !d.background)).toEqual([]);
  });
});

describe("guards", () => {
  it("fr: a day within the officials' terms still dates the report", async ({ expect }) => {
    const a = await analyze({
      text: "Le Maroc et la Mauritanie ont signé le 14 mars 2025 à Rabat trois accords de coopération, en présence du chef du gouvernement Aziz Akhannouch.",
      language: "fr",
      url: URL,
    });
    expect(a.eventDate?.date).toBe("2025-03-14");
  });
  it("en: a day just before an official took office is no background (a month's grace)", async ({ expect }) => {
    const a = await analyze({
      text: "Mozambique and Tanzania signed two cooperation agreements in Maputo on 2 January 2025, before President-elect Daniel Chapo spoke.",
      language: "en",
      url: URL,
    });
    expect(a.eventDate?.date).toBe("2025-01-02");
  });
  it("fr: the lead's own day stays, whatever earlier office the official then held", async ({ expect }) => {
    // The officials list knows Akhannouch as head of government from 2021; in 2016 he was a minister.
    const a = await analyze({
      text: "Le Maroc et la Mauritanie ont signé le 12 mai 2016 à Rabat un accord sur la pêche, paraphé par le ministre de l'Agriculture Aziz Akhannouch. Les deux pays coopèrent depuis longtemps.",
      language: "fr",
      url: URL,
    });
    expect(a.eventDate?.date).toBe("2016-05-12");
  });
  it("en: with a publication date the officials' terms bound nothing", async ({ expect }) => {
    const a = await analyze({
      text: "Kenya and Ethiopia signed a trade agreement in Nairobi on 3 May 2011, President William Ruto recalled.",
      language: "en",
      url: URL,
      publishedAt: "2011-05-04",
    });
    expect(a.eventDate?.date).toBe("2011-05-03");
  });
});
