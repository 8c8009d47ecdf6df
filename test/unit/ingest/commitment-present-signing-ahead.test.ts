/**
 * A signing told in the present with a day still to come ("Amanhã … Moçambique e Venezuela assinam um acordo",
 * "Mañana … firman un acuerdo", "Завтра … подписывают соглашение") is ahead, as "signent demain" is: the present
 * verbs of signing are signing words of their day (seed dates.json roles). The same verbs with the report's own day
 * sign (FICTIONAL sentences written for this project).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  ["pt", "Amanhã, na capital, Moçambique e Venezuela assinam um acordo geral de cooperação."],
  ["es", "Mañana, en la capital, Mozambique y Venezuela firman un acuerdo general de cooperación."],
  ["es", "Los cancilleres de Paraguay y Uruguay firmarán el próximo lunes en Asunción el tratado de extradición."],
  ["ru", "Завтра в столице Мозамбик и Венесуэла подписывают общее соглашение о сотрудничестве."],
];

const TODAY: readonly (readonly [string, string])[] = [
  ["pt", "Hoje, na capital, Moçambique e Venezuela assinam um acordo geral de cooperação."],
  ["es", "Hoy, en la capital, Mozambique y Venezuela firman un acuerdo general de cooperación."],
];

const firm = (lang: string, text: string) =>
  commitmentsOf(lang, text)
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.status} ${c.legalForm}`);

describe("a present-tense signing with its day", () => {
  it.for(AHEAD)("%s: a day to come puts it ahead (%s)", ([lang, text], { expect }) => {
    expect(firm(lang, text)).toEqual([]);
  });
  it.for(TODAY)("%s: the report's own day signs (%s)", ([lang, text], { expect }) => {
    expect(firm(lang, text)).toEqual(["signed agreement"]);
  });
});
