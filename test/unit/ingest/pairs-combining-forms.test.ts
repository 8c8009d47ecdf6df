import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. Headlines and leads name a pair by the learned combining forms of its
// countries, joined by a hyphen ("franco-marocain", "Sino-Kazakh", "luso-espanhola", "nipo-brasileiro"), which
// say "of these two countries" as plainly as "X–Y". A combining form counts only before a hyphen: "Franco" alone is
// a given name, and "Indo-Pacific" is a region, not India.
const COMBINED: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "CN-KZ",
    "Sino-Kazakh consultations were held on Monday in Astana, where the deputy foreign ministers reviewed trade, transit and the next meeting of their joint commission.",
  ],
  [
    "en",
    "GB-IE",
    "The Anglo-Irish talks on the border and energy links ended on Tuesday in Dublin with a pledge to meet again in the spring.",
  ],
  [
    "fr",
    "FR-MA",
    "Les consultations franco-marocaines se sont tenues lundi à Rabat, où les secrétaires généraux ont passé en revue l'énergie, l'eau et la mobilité des étudiants.",
  ],
  [
    "fr",
    "MR-SN",
    "La réunion sénégalo-mauritanienne sur la pêche s'est achevée mardi à Dakar par l'adoption d'un calendrier de travail.",
  ],
  [
    "it",
    "IT-TN",
    "Il vertice italo-tunisino si è svolto lunedì a Roma, con un confronto su migrazioni, energia e investimenti nelle regioni del sud.",
  ],
  [
    "es",
    "ES-MA",
    "La reunión de alto nivel hispano-marroquí se celebró el lunes en Rabat, con una agenda centrada en el agua, la energía y la movilidad.",
  ],
  [
    "pt",
    "ES-PT",
    "A cimeira luso-espanhola decorreu na segunda-feira em Huelva, com os dois governos centrados na proteção civil e nos incêndios.",
  ],
  [
    "pt",
    "BR-JP",
    "O fórum empresarial nipo-brasileiro reuniu na quarta-feira em São Paulo investidores dos setores de energia, alimentos e logística.",
  ],
];

describe("a pair named by combining forms joined by a hyphen", () => {
  it.for(COMBINED)("%s %s", async ([, key, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-03-02")).toEqual([key]);
  });
});

const NOT_COMBINED: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "IN",
    "Japan and Australia discussed the Indo-Pacific on Monday in Tokyo, where the two foreign ministers agreed to expand joint exercises.",
  ],
  ["it", "FR", "Il cantante Franco Rossi ha tenuto lunedì un concerto a Tunisi davanti a migliaia di spettatori."],
  [
    "es",
    "FR",
    "El escritor Franco Martínez presentó el lunes en Rabat su novela sobre el estrecho, ante un público numeroso.",
  ],
];

describe("a combining form without its hyphen, or in a region's name, names no country", () => {
  it.for(NOT_COMBINED)("%s not %s", async ([, code, text], { expect }) => {
    const a = await analyze({ text, url: "https://news.example.org/item", publishedAt: "2026-03-02" });
    expect(a.countries.map((c) => c.code)).not.toContain(code);
  });
});
