import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words. A page's "last updated" line with a day and no year, the year from the
// URL, no publication date: the line tells when the page was written, and the lead's weekday is the happening's.

const URL = "https://news.example.org/n3/2015/1208/c96851-8987043.html";

const UPDATED = [
  [
    "fr",
    "Dernière mise à jour à 08h50 le 08/12\nLe Mali et le Niger ont adopté lundi une politique d'exemption réciproque de visa pour les passeports diplomatiques.",
  ],
  [
    "es",
    "Actualizado a las 08:50 el 08/12\nMalí y Níger adoptaron el lunes una política de exención recíproca de visados para los pasaportes diplomáticos.",
  ],
  [
    "it",
    "Aggiornato alle 08:50 del 08/12\nMali e Niger hanno adottato lunedì una politica di esenzione reciproca dei visti per i passaporti diplomatici.",
  ],
  [
    "en",
    "Last updated at 08:50 on 12/08\nMali and Niger adopted on Monday a policy of mutual visa exemption for diplomatic passports.",
  ],
] as const;

describe("a day labelled as the page's update is not the happening's", () => {
  it.for(UPDATED)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, url: URL });
    expect(a.eventDate?.date).toBe("2015-12-07");
    expect(a.dates.find((d) => d.pageDate)?.date).toBe("2015-12-08");
  });
});

describe("guards", () => {
  // review20: a verb of updating in a sentence, and an update line older than the lead's own written day.
  it("fr: a ministry that updated a list on a day tells another happening", async ({ expect }) => {
    const a = await analyze({
      text: "Le ministère a mis à jour le 5 mars sa liste de pays sûrs. Le Mali et le Niger ont signé le 12 mars un accord sur la pêche.",
      language: "fr",
      url: "https://news.example.org/monde/2016/03/mali-niger",
    });
    expect(a.eventDate?.date).toBe("2016-03-12");
  });
  it("en: an update line older than the lead's written day does not cap it", async ({ expect }) => {
    const a = await analyze({
      text: "Updated on 3 March\nMali and Niger signed a fisheries agreement in Bamako on 9 March, officials said.",
      language: "en",
      url: "https://news.example.org/2016/03/world/mali-niger",
    });
    expect(a.eventDate?.date).toBe("2016-03-09");
  });
  it("fr: a dateline's day with no label is still the happening's", async ({ expect }) => {
    const a = await analyze({
      text: "Bamako, le 07/12 - Le Mali et le Niger ont adopté une politique d'exemption réciproque de visa.",
      language: "fr",
      url: URL,
    });
    expect(a.eventDate?.date).toBe("2015-12-07");
  });
  it("en: a labelled day outside the URL's filing day (read month first) stays unlabelled", async ({ expect }) => {
    const a = await analyze({
      text: "Last updated at 08:50 on 08/12\nMali and Niger adopted on Monday a policy of mutual visa exemption.",
      language: "en",
      url: URL,
    });
    expect(a.dates.some((d) => d.pageDate)).toBe(false);
  });
});
