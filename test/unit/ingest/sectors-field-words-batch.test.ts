/**
 * Field words of a kind the sector lexicons lacked, in every language (a batch drawn from what re-told reports needed:
 * general concepts, never a phrase of one text). FICTIONAL phrases in the project's words.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { sectorLexicon } from "../../../src/ingest/recognize/sectors";

const sectorsOf = (lang: string, phrase: string) =>
  sectorLexicon(lang)
    .match(prepare(phrase))
    .map((m) => m.data);

describe("field words added for every language", () => {
  it.for([
    ["en", "joint research on malaria", "health"],
    ["fr", "la lutte contre le paludisme", "health"],
    ["es", "la lucha contra la malaria", "health"],
    ["ru", "борьба с малярией", "health"],
    ["en", "the rollout of 5G networks", "science-technology"],
    ["de", "der Ausbau von 5G", "science-technology"],
    ["en", "an early warning mechanism", "security-defence"],
    ["fr", "un mécanisme d'alerte précoce", "security-defence"],
    ["pt", "aprofundar os laços bilaterais", "political-dialogue"],
    ["ru", "укрепление двусторонних связей", "political-dialogue"],
    ["fr", "la lutte contre l'insécurité", "security-defence"],
    ["es", "la lucha contra la inseguridad en la frontera", "security-defence"],
  ] as const)("%s: %s → %s", ([lang, phrase, sector], { expect }) => {
    expect(sectorsOf(lang, phrase)).toContain(sector);
  });

  it.for([
    ["it", "i colloqui si sono svolti in un ambiente cordiale", "energy-climate"],
    ["pt", "um café da manhã de trabalho", "agriculture-food-security"],
    ["es", "la inseguridad jurídica de los inversores", "security-defence"],
    ["ar", "على المسرح الدولي", "culture-people"],
  ] as const)("%s: %s is not %s", ([lang, phrase, sector], { expect }) => {
    expect(sectorsOf(lang, phrase)).not.toContain(sector);
  });

  it.for([
    ["en", "food insecurity"],
    ["fr", "l'insécurité alimentaire"],
    ["pt", "a insegurança alimentar"],
  ] as const)("%s: %s is agriculture and food only", ([lang, phrase], { expect }) => {
    expect(sectorsOf(lang, phrase)).toEqual(["agriculture-food-security"]);
  });
});
