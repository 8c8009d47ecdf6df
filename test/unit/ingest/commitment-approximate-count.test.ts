/**
 * A signing counted by an approximate collective number is a batch of that many, as "about twenty" is (sentences
 * written for this project, FICTIONAL): "une dizaine d'accords" ten, "a dozen agreements" twelve, "una veintena"
 * twenty, "ein Dutzend Abkommen" twelve though "ein" stands before it. Plurals of them ("dozens of agreements",
 * "dezenas de acordos") are no number and count none; nor does a collective number of something else.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const COUNTED: readonly [string, number][] = [
  ["en Kenya and Ghana signed a dozen cooperation agreements in Nairobi on Monday.", 12],
  ["fr Le Bénin et le Ghana ont signé lundi une dizaine d'accords de coopération à Cotonou.", 10],
  ["fr Le Bénin et le Ghana ont signé lundi une vingtaine d'accords à Cotonou.", 20],
  ["it Italia e Tunisia hanno firmato lunedì una decina di accordi a Roma.", 10],
  ["it Italia e Tunisia hanno firmato lunedì una ventina di accordi a Roma.", 20],
  ["es Perú y Bolivia firmaron el lunes una veintena de acuerdos en Lima.", 20],
  ["es Perú y Bolivia firmaron el lunes más de una docena de acuerdos en Lima.", 12],
  ["pt Angola e Namíbia assinaram na segunda-feira uma dezena de acordos em Luanda.", 10],
  ["de Deutschland und Ghana unterzeichneten am Montag in Accra ein Dutzend Abkommen.", 12],
];
const ONE: readonly string[] = [
  "en Kenya and Ghana signed dozens of agreements in Nairobi on Monday.",
  "pt Angola e Namíbia assinaram na segunda-feira dezenas de acordos em Luanda.",
  "fr Une dizaine de ministres étaient présents lundi à Cotonou quand le Bénin et le Ghana ont signé un accord.",
  "es En la primera decena de marzo, Perú y Bolivia firmaron un acuerdo en Lima.",
];

describe("a signing counted by an approximate collective number", () => {
  it.for(COUNTED)("%s → %i", ([line, n], { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(n);
  });
  it.for(ONE)("%s → one", (line, { expect }) => {
    expect(firmInstruments(line.slice(0, 2), line.slice(3))).toBe(1);
  });
});
