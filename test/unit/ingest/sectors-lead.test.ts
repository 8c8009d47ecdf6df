import { describe, it } from "vitest";
import { itFindsFields, sectorsIn } from "../../helpers/sectors";

/** FICTIONAL pages: a headline, a long standfirst, then the story's date line and its own first sentence. */
const page = (headline: string, standfirst: string, dateLine: string, lead: string) =>
  `${headline}\n${standfirst}\n\n${dateLine}\n${lead}`;

describe("findSectors: the story's first sentence after a date line is its lead", () => {
  itFindsFields([
    [
      "ru",
      page(
        "Две страны открыли новую страницу отношений",
        "Согласно достигнутым договоренностям, стороны расширят партнерство на уровне регионов и городов в ближайшие годы.",
        "05 апр 2026, 15:32",
        "В Душанбе 4 апреля прошли переговоры двух лидеров.",
      ),
      "political-dialogue",
    ],
    [
      "en",
      page(
        "Two neighbours turn a page",
        "According to what both sides agreed, the partnership will grow at the level of regions and cities over the coming years.",
        "5 April 2026, 15:32",
        "In Accra on 4 April vaccines opened the day for the two governments.",
      ),
      "health",
    ],
    [
      "fr",
      page(
        "Deux voisins tournent la page",
        "Selon ce que les deux parties ont convenu, le partenariat s'étendra aux régions et aux villes dans les années à venir.",
        "05.04.2026 - Article",
        "À Dakar, le 4 avril, les ports ont ouvert la journée des deux gouvernements.",
      ),
      "transport-logistics",
    ],
    [
      "de",
      page(
        "Zwei Nachbarn schlagen ein neues Kapitel auf",
        "Nach dem Willen beider Seiten soll die Partnerschaft in den kommenden Jahren auch die Regionen und Städte erreichen.",
        "05.04.2026, 15:32 Uhr",
        "In Wien eröffneten am 4. April die Flüchtlinge den Tag der beiden Regierungen.",
      ),
      "mobility-consular",
    ],
  ]);

  it("reads no further when the line after the lead is a sentence, not a date", ({ expect }) => {
    const text = page(
      "Two neighbours turn a page",
      "According to what both sides agreed, the partnership will grow at the level of regions and cities over the coming years.",
      "The ministers also met students in 2026",
      "In Accra on 4 April vaccines opened the day for the two governments.",
    );
    expect(sectorsIn("en", text)).not.toContain("health");
  });
});
