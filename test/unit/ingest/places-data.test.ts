import { describe, it } from "vitest";
import data from "../../../seed/lexicons/countries.json";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { mainPlace } from "../../../src/ingest/recognize/place";
import { GAZETTEER } from "../../../src/ingest/recognize/gazetteer-data";
import { prepare } from "../../../src/ingest/match/normalize";
import { UN_MEMBERS, UN_OBSERVERS } from "../../../src/lib/un-members";

interface PlaceRow {
  country: string;
  name?: string;
  names: Partial<Record<string, readonly string[]>>;
}
const LOCALES = new Set(["en", "fr", "ar", "it", "es", "ru", "pt", "de"]);
const PLACES = Object.entries(data.places as unknown as Record<string, PlaceRow | string>).filter(
  (e): e is [string, PlaceRow] => !e[0].startsWith("$") && typeof e[1] !== "string",
);

describe("the places of seed/lexicons/countries.json", () => {
  it("lists each city or venue under a UN member or observer, with an English name, in our eight languages", ({
    expect,
  }) => {
    expect(PLACES.length).toBeGreaterThan(150);
    for (const [key, p] of PLACES) {
      expect(UN_MEMBERS.has(p.country) || UN_OBSERVERS.has(p.country), `${key}: ${p.country}`).toBe(true);
      expect(p.names.en?.length ?? 0, `${key} has an English name`).toBeGreaterThan(0);
      for (const lang of Object.keys(p.names)) expect(LOCALES.has(lang), `${key}: ${lang}`).toBe(true);
      for (const names of Object.values(p.names)) for (const n of names ?? []) expect(n.trim(), key).toBe(n);
    }
  });

  it("keys a city by its lower-case English name, and a venue by its city's", ({ expect }) => {
    const cities = new Set([
      ...Object.values(GAZETTEER.en ?? {}).flatMap((c) => c.capital.slice(0, 1)),
      ...PLACES.flatMap(([, p]) => (p.name === undefined ? p.names.en?.slice(0, 1) : [])),
    ]);
    for (const [key, p] of PLACES) {
      expect(key, key).toBe(key.toLowerCase());
      if (p.name !== undefined)
        expect(cities.has(p.name), `${key}: ${p.name} is a capital or a listed city`).toBe(true);
    }
    expect(PLACES.filter(([, p]) => p.name !== undefined).length).toBeGreaterThan(20);
  });
});

// FICTIONAL sentences written for this test: a meeting held in a city that is not its country's capital, or at
// a seat of government, gets that place in every language.
const place = (text: string) => {
  const doc = prepare(text);
  return mainPlace(doc, findCountries(doc).places) ?? null;
};

describe("a happening in an economic capital, a summit venue or a seat of government", () => {
  it.for([
    ["Ghana and Côte d'Ivoire held talks in Abidjan on Tuesday about cocoa prices.", "Abidjan"],
    ["Le Bénin et le Niger ont signé lundi à Cotonou un accord sur le transit des marchandises.", "Cotonou"],
    ["Российская и египетская делегации провели во вторник переговоры в Сочи.", "Sochi"],
    ["Переговоры министров прошли в Абиджане в среду.", "Abidjan"],
    ["Делегации Израиля и Кипра встретились в Тель-Авиве в понедельник.", "Tel Aviv"],
    ["عقد وزيرا خارجية مصر والأردن اجتماعا في شرم الشيخ يوم الأحد.", "Sharm el-Sheikh"],
    ["بحث الرئيسان في أبيدجان يوم الخميس تعزيز التعاون الاقتصادي.", "Abidjan"],
    ["República Dominicana y Haití se reunieron el jueves en Punta Cana para hablar de la frontera.", "Punta Cana"],
    ["Il ministro ha ricevuto ieri alla Farnesina il suo omologo albanese.", "Rome"],
    ["Le ministre a reçu mardi au Quai d'Orsay son homologue sénégalais.", "Paris"],
    ["Moçambique e Tanzânia assinaram na terça-feira em Dar es Salaam um acordo sobre pesca.", "Dar es Salaam"],
    ["Deutschland und die Niederlande haben am Montag in Den Haag über Häfen verhandelt.", "The Hague"],
    ["Die Präsidenten trafen sich am Dienstag im Schloss Bellevue.", "Berlin"],
    ["Australia and India signed a trade deal in Sydney on Friday.", "Sydney"],
    ["Japan and Brazil held talks in Hiroshima on Saturday.", "Hiroshima"],
    ["Los cancilleres de Chile y Bolivia se reunieron el martes en La Paz.", "La Paz"],
    ["Il presidente turco ha ricevuto a Istanbul il premier greco.", "Istanbul"],
    ["O Presidente recebeu ontem no Palácio de Belém o homólogo cabo-verdiano.", "Lisbon"],
    ["Os dois presidentes reuniram-se na segunda-feira em Belém, no Pará.", "Belém"],
    ["Il vertice tra Italia e Francia si è svolto martedì a Napoli.", "Naples"],
    ["Die Außenminister trafen sich am Freitag in Frankfurt.", "Frankfurt"],
    ["التقى الوفد المصري أمس في بورتسودان رئيس مجلس السيادة.", "Port Sudan"],
    ["Переговоры делегаций состоялись в Нижнем Новгороде в четверг.", "Nizhny Novgorod"],
    ["The two leaders held talks at Camp David on Friday.", "Camp David"],
    ["Les deux ministres se sont rencontrés jeudi à La Haye.", "The Hague"],
    ["Los presidentes de Paraguay y Brasil se reunieron en Ciudad del Este.", "Ciudad del Este"],
  ] as const)("%s → %s", ([text, want], { expect }) => {
    expect(place(text)).toBe(want);
  });

  it("takes no place from a sea, a gulf or a prize named after a city", ({ expect }) => {
    expect(place("Naval patrols in the Gulf of Aden were discussed by Egypt and Djibouti on Monday.")).toBe(null);
    expect(place("وناقش الجانبان أمن الملاحة في خليج عدن يوم الاثنين.")).toBe(null);
    expect(place("El premio Nobel de la Paz fue mencionado por los ministros de Chile y Perú.")).toBe(null);
  });
});
