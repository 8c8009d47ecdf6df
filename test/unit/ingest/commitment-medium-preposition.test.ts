/**
 * A bare preposition of a medium ("в", "في", "em": "говорится в заявлении") tells a declaration reported in only with
 * no status word between them nor right before it (sentences in our own words, FICTIONAL, through findCommitments):
 * "в Москве подписали декларацию", "assinaram em Luanda uma declaração" sign a declaration; "говорится в
 * распространённой вчера декларации" reports in one.
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

const SIGNED_ONE: readonly (readonly [string, string, string])[] = [
  [
    "pt",
    "Brasil e Angola assinaram em Luanda uma declaração de intenções sobre biocombustíveis.",
    "signed declaration",
  ],
  [
    "ru",
    "Россия и Алжир подписали соглашение о поставках зерна, говорится в распространённой вчера декларации министерства.",
    "signed agreement",
  ],
  [
    "pt",
    "Brasil e Chile assinaram um tratado de extradição, informou o chanceler chileno em sua primeira declaração pública.",
    "signed treaty",
  ],
  [
    "ar",
    "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة، حسبما جاء في الفقرة الأولى من الإعلان الصادر عن الرئاسة.",
    "signed agreement",
  ],
];

describe("a declaration is signed, or is the medium, by the words between it and its preposition", () => {
  it.for(SIGNED_ONE)("%s: %s", ([lang, text, want], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([want]);
  });
});

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
