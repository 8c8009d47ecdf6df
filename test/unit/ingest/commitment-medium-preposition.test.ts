/**
 * A bare preposition of a medium ("в", "في", "em": "говорится в заявлении") tells a declaration reported in only when
 * it stands right before it, a word at most between (sentences in our own words, FICTIONAL, through
 * findCommitments): "в Москве подписали декларацию" has its place and its verb between, and signs a declaration.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const SIGNED: readonly (readonly [string, string, string])[] = [
  ["ru", "Президенты России и Алжира в Москве подписали декларацию.", "signed declaration"],
  [
    "ru",
    "Президент России и лидер Алжира в рамках переговоров в Кремле подписали Декларацию о стратегическом партнерстве.",
    "signed declaration",
  ],
  [
    "pt",
    "Os presidentes do Brasil e da Argentina assinaram em Brasília uma declaração sobre cooperação nuclear.",
    "signed declaration",
  ],
];

const MEDIUM: readonly (readonly [string, string])[] = [
  ["ru", "Россия и Алжир расширят сотрудничество, говорится в опубликованном заявлении МИД."],
  ["pt", "O Brasil e a Argentina vão reforçar a cooperação, disse o ministério em declaração."],
];

describe("a declaration signed after a place is no medium", () => {
  it.for(SIGNED)("%s: %s", ([lang, text, want], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([want]);
  });
});

describe("a declaration right after its medium's preposition is the news's medium", () => {
  it.for(MEDIUM)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});
