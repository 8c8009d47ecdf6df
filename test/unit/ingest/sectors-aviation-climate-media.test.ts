import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences written for this test: areas a joint commission lists once each, which one clear mention makes
// a sector of the report: French "aviation" alone (as "aviazione", "aviación" already are), the climate adjective
// ("sécurité climatique", "seguridad climática", "sicurezza climatica", "segurança climática", "الأمن المناخي"), and
// cooperation between the media ("media cooperation", "медиасфера", "coopération médiatique").
const CASES: readonly (readonly [string, string, string])[] = [
  [
    "fr",
    "transport-logistics",
    "Le Kenya et la Tanzanie ont signé lundi à Arusha un protocole d'accord pour coopérer dans les domaines du commerce, de l'aviation et du tourisme.",
  ],
  [
    "es",
    "energy-climate",
    "Chile y Perú celebraron el lunes en Arica su cumbre anual bajo el lema 'Alianza para la seguridad climática' y firmaron un acuerdo de emergencias.",
  ],
  [
    "fr",
    "energy-climate",
    "Le Chili et le Pérou ont tenu lundi à Arica leur sommet annuel, placé sous le signe de la sécurité climatique, et ont signé un accord sur les urgences.",
  ],
  [
    "it",
    "energy-climate",
    "Cile e Perù hanno tenuto lunedì ad Arica il loro vertice annuale, dedicato alla sicurezza climatica, e hanno firmato un accordo sulle emergenze.",
  ],
  [
    "pt",
    "energy-climate",
    "O Chile e o Peru realizaram na segunda-feira em Arica a sua cimeira anual, dedicada à segurança climática, e assinaram um acordo sobre emergências.",
  ],
  [
    "ru",
    "culture-people",
    "Министры иностранных дел Лаоса и Вьетнама подписали в понедельник в Ханое меморандум о сотрудничестве в медиасфере между национальными телерадиокомпаниями.",
  ],
  [
    "en",
    "culture-people",
    "The foreign ministers of Laos and Vietnam signed a memorandum on media cooperation between their national broadcasters in Hanoi on Monday.",
  ],
  [
    "fr",
    "culture-people",
    "Les ministres des Affaires étrangères du Laos et du Vietnam ont signé lundi à Hanoï un mémorandum sur la coopération médiatique entre leurs télévisions nationales.",
  ],
];

describe("an area named once in a commission's list is a sector of the report", () => {
  it.for(CASES)("%s %s", async ([, slug, text], { expect }) => {
    const a = await analyze({ text, url: "https://news.example.org/item", publishedAt: "2026-03-02" });
    expect(a.sectors.map((s) => s.slug)).toContain(slug);
  });
});
