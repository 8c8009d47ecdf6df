import { describe, it } from "vitest";
import data from "../../../seed/lexicons/countries.json";
import venues from "../../../seed/lexicons/gazetteer/venues.json";
import { GAZETTEER, placeKey } from "../../../src/ingest/recognize/gazetteer-data";
import { placeIn, placesAre } from "./place-sentence";

// FICTIONAL sentences written for this test: a happening placed by the venue that held it, the venue's hall or
// hotel named first, or a seat of government standing for its city.

describe("a place named through the venue that held the happening", () => {
  placesAre([
    ["en", "The two presidents signed the accord in the Durbar Hall of Rashtrapati Bhavan on Tuesday.", "New Delhi"],
    ["en", "The ministers met at the Green Room of the Union Buildings on Friday to review trade.", "Pretoria"],
    ["fr", "Le président a reçu lundi son homologue au salon d'honneur du palais de Koulouba.", "Bamako"],
    ["fr", "Les deux chefs d'État se sont entretenus mardi à Carthage de la sécurité aux frontières.", "Tunis"],
    [
      "it",
      "Il ministro è stato ricevuto giovedì nel Palazzo presidenziale di Cartagine dal capo dello Stato.",
      "Tunis",
    ],
    ["it", "Oggi, presso l'Hotel Aurelia Congressi di Roma, i due ministri hanno firmato una dichiarazione.", "Rome"],
    ["it", "L'intesa è stata siglata al numero 10 di Downing Street dai due primi ministri.", "London"],
    ["es", "La presidenta recibió al canciller en el Salón de los Embajadores del Palacio de La Moneda.", "Santiago"],
    ["es", "Los presidentes se reunieron el lunes en el Palacio de Carondelet para hablar de comercio.", "Quito"],
    ["pt", "Os ministros assinaram o acordo na Sala dos Tratados do Palácio do Itamaraty na terça-feira.", "Brasília"],
    ["de", "Die Außenminister unterzeichneten am Montag im Großen Saal der Hofburg ein Abkommen.", "Vienna"],
    ["ru", "Президенты провели переговоры в Георгиевском зале Кремля во вторник.", "Moscow"],
    ["ru", "Лидеры двух стран встретились во Дворце Независимости в понедельник.", "Minsk"],
    ["ar", "استقبل الرئيس التونسي يوم الاثنين في قرطاج رئيس الحكومة الليبية.", "Tunis"],
  ]);

  it("takes no place from a venue named as an institution or from a chain a verb breaks", ({ expect }) => {
    expect(placeIn("Carthage announced on Monday that Tunisia and Libya would reopen the border.")).toBe(null);
    expect(placeIn("The minister spoke in the name of the government of Rome about grain.")).toBe(null);
    expect(placeIn("Il ministro ha parlato al telefono con il collega di Roma della crisi.")).toBe(null);
    expect(placeIn("The ambassador met at the Embassy of Kenya in Addis Ababa with students.")).toBe(null);
  });
});

describe("the venues of seed/lexicons/gazetteer/venues.json", () => {
  it("key each venue by a capital's place key, under its country, with names the curated table lacks", ({ expect }) => {
    const capitals = new Map(
      Object.entries(GAZETTEER.en ?? {}).flatMap(([code, c]) => (c.capital[0] ? [[code, c.capital[0]]] : [])),
    );
    const curated = new Set(
      Object.values(data.places as unknown as Record<string, { names?: Record<string, string[]> }>).flatMap((p) =>
        Object.values(p.names ?? {}).flat(),
      ),
    );
    const rows = Object.entries(venues.venues);
    expect(rows.length).toBeGreaterThan(5);
    for (const [key, v] of rows) {
      expect(capitals.get(v.country), key).toBe(v.name);
      expect(placeKey(v.name), key).toBe(key);
      for (const names of Object.values(v.names as Record<string, string[]>))
        for (const n of names) expect(curated.has(n), `${key}: ${n} is already listed`).toBe(false);
    }
  });
});
