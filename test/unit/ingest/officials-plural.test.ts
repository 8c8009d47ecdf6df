import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findOfficeWords } from "../../../src/ingest/recognize/officials";

// Offices in the plural, as a lead names both sides at once ("the foreign ministers of A and B met…"). Italian
// plurals change their last vowel, Spanish and Portuguese plurals in -es add two letters, Arabic has broken
// plurals: none is a plain -s added to the singular.
const PLURALS: readonly (readonly [string, string, string])[] = [
  ["it", "I ministri degli Esteri di Cile e Laos si sono incontrati a Roma.", "foreign-minister"],
  ["it", "I ministri degli Affari esteri dei due Paesi hanno firmato un accordo.", "foreign-minister"],
  ["it", "I presidenti dei due Paesi hanno avuto un colloquio.", "head-of-state"],
  ["it", "I capi di Stato hanno firmato una dichiarazione congiunta.", "head-of-state"],
  ["it", "I primi ministri dei due Paesi si sono incontrati.", "head-of-government"],
  ["es", "Los cancilleres de Chile y Laos se reunieron en Santiago.", "foreign-minister"],
  ["pt", "Os chanceleres do Brasil e do Laos reuniram-se em Brasília.", "foreign-minister"],
  ["ar", "اجتمع وزراء الخارجية في الرباط لبحث التعاون.", "foreign-minister"],
];

describe("offices in the plural", () => {
  it.for(PLURALS)("%s: %s → %s", ([, text, office], { expect }) => {
    expect(findOfficeWords(prepare(text)).map((o) => o.kind)).toContain(office);
  });
});
