/**
 * A country a visitor came from or goes on to ("days after a visit to New Zealand", "après une escale en
 * Mauritanie") is a stop of the trip, not a side of the meeting the sentence reports. Texts in our own words,
 * through analyze.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const pairsOf = async (language: string, text: string) =>
  (await analyze({ text, language, publishedAt: "2026-06-03" })).pairs.map((p) => p.key).sort();

describe("stops of a trip", () => {
  it.for([
    [
      "en",
      "Fiji's prime minister held talks in Port Vila on Tuesday with the leaders of Vanuatu, a week after an official visit to New Zealand. The two countries agreed to open a joint office.",
      "FJ-VU",
      "NZ",
    ],
    [
      "fr",
      "Le président sénégalais est arrivé mardi à Banjul pour des entretiens avec le chef de l'État de la Gambie, après une escale en Mauritanie. Les deux pays ont signé un accord sur la pêche.",
      "GM-SN",
      "MR",
    ],
    [
      "es",
      "El canciller paraguayo se reunió el martes en Lima con el presidente de Perú, tras una escala en Bolivia. Los dos países firmaron un acuerdo de transporte.",
      "PE-PY",
      "BO",
    ],
    [
      "it",
      "Il ministro degli Esteri greco ha incontrato martedì a Tunisi il presidente della Tunisia, dopo la tappa in Egitto. I due Paesi hanno firmato un accordo sulla pesca.",
      "GR-TN",
      "EG",
    ],
    [
      "de",
      "Der österreichische Außenminister traf am Dienstag in Hanoi die Führung Vietnams, nach dem Besuch in Kambodscha. Die beiden Länder unterzeichneten ein Abkommen über Bildung.",
      "AT-VN",
      "KH",
    ],
  ] as const)("%s: the stop is no side", async ([lang, text, pair, stop], { expect }) => {
    const pairs = await pairsOf(lang, text);
    expect(pairs).toContain(pair);
    expect(pairs.some((p) => p.includes(stop))).toBe(false);
  });

  it("a visit said without 'after' or 'before' still makes its pair", async ({ expect }) => {
    expect(
      await pairsOf(
        "en",
        "Fiji's prime minister began an official visit to New Zealand on Tuesday for talks on trade.",
      ),
    ).toEqual(["FJ-NZ"]);
  });
});

describe("destinations of one visit", () => {
  it.for([
    [
      "en",
      "Fiji's prime minister visits Samoa and Tonga next week.\nIn Apia, he will meet the leaders of Samoa on fisheries.\nIn Nuku'alofa, talks with Tonga will cover air links.",
      ["FJ-TO", "FJ-WS"],
    ],
    [
      "pt",
      "O primeiro-ministro de Cabo Verde visita Angola e Moçambique a partir de segunda-feira.\nEm Luanda, reúne-se com o Presidente de Angola.\nEm Maputo, encontra o Presidente de Moçambique.",
      ["AO-CV", "CV-MZ"],
    ],
  ] as const)(
    "%s: each host pairs with the visitor, the hosts with no one",
    async ([lang, text, expected], { expect }) => {
      expect(await pairsOf(lang, text)).toEqual(expected);
    },
  );

  it("a visit told, then the two countries of the visit joined, still makes their pair", async ({ expect }) => {
    expect(
      await pairsOf("en", "During the visit, Ghana and Kenya signed an agreement on trade in Accra on Monday."),
    ).toEqual(["GH-KE"]);
  });
});
