import { describe, it } from "vitest";
import { Lexicon, type LexiconEntry } from "../../../src/ingest/match/lexicon";
import { prepare } from "../../../src/ingest/match/normalize";

const find = (entries: LexiconEntry<string>[], text: string) =>
  new Lexicon(entries).match(prepare(text)).map((m) => `${m.data}:${m.span.text}`);

describe("inflection of multi-word patterns (issue 10)", () => {
  it("declines the adjectives of a Russian multi-word name in every case", ({ expect }) => {
    const entries = [
      { pattern: "Новая Зеландия", lang: "ru", data: "NZ" },
      { pattern: "Объединенные Арабские Эмираты", lang: "ru", data: "AE" },
      { pattern: "Центральноафриканская Республика", lang: "ru", data: "CF" },
      { pattern: "Святой Престол", lang: "ru", data: "VA" },
    ];
    expect(find(entries, "в Новой Зеландии, с Новой Зеландией")).toEqual(["NZ:Новой Зеландии", "NZ:Новой Зеландией"]);
    expect(find(entries, "из Объединенных Арабских Эмиратов; с Объединенными Арабскими Эмиратами")).toEqual([
      "AE:Объединенных Арабских Эмиратов",
      "AE:Объединенными Арабскими Эмиратами",
    ]);
    expect(find(entries, "в Центральноафриканской Республике")).toEqual(["CF:Центральноафриканской Республике"]);
    expect(find(entries, "со Святым Престолом, визит Святого Престола")).toEqual([
      "VA:Святым Престолом",
      "VA:Святого Престола",
    ]);
  });

  it("declines Russian plural names in -ы and neuter nouns in -ство", ({ expect }) => {
    const entries = [
      { pattern: "Нидерланды", lang: "ru", data: "NL" },
      { pattern: "Соединенное Королевство", lang: "ru", data: "GB" },
    ];
    expect(find(entries, "в Нидерландах, из Нидерландов, Нидерланды")).toEqual([
      "NL:Нидерландах",
      "NL:Нидерландов",
      "NL:Нидерланды",
    ]);
    expect(find(entries, "премьер Соединенного Королевства; Соединенное Королевство")).toEqual([
      "GB:Соединенного Королевства",
      "GB:Соединенное Королевство",
    ]);
  });

  it("declines the adjectives of a German multi-word name", ({ expect }) => {
    const entries = [
      { pattern: "Vereinigtes Königreich", lang: "de", data: "GB" },
      { pattern: "Heiliger Stuhl", lang: "de", data: "VA" },
    ];
    expect(find(entries, "im Vereinigten Königreich; mit dem Heiligen Stuhl")).toEqual([
      "GB:Vereinigten Königreich",
      "VA:Heiligen Stuhl",
    ]);
  });

  it("lets the longer multi-word name win over its last word, and the closer stem over a shorter one", ({ expect }) => {
    const entries = [
      { pattern: "Гвинея", lang: "ru", data: "GN" },
      { pattern: "Экваториальная Гвинея", lang: "ru", data: "GQ" },
      { pattern: "Судан", lang: "ru", data: "SD" },
      { pattern: "Южный Судан", lang: "ru", data: "SS" },
      { pattern: "Нигер", lang: "ru", data: "NE" },
      { pattern: "Нигерия", lang: "ru", data: "NG" },
    ];
    expect(find(entries, "из Экваториальной Гвинеи и Южного Судана")).toEqual([
      "GQ:Экваториальной Гвинеи",
      "SS:Южного Судана",
    ]);
    expect(find(entries, "в Гвинее, в Судане, в Нигерии, в Нигере")).toEqual([
      "GN:Гвинее",
      "SD:Судане",
      "NG:Нигерии",
      "NE:Нигере",
    ]);
  });

  it("leaves a single Russian word and a bare foreign -и as they were", ({ expect }) => {
    const entries = [
      { pattern: "Мали", lang: "ru", data: "ML" },
      { pattern: "новая", lang: "ru", data: "new" },
    ];
    expect(find(entries, "в Мали")).toEqual(["ML:Мали"]);
    expect(find(entries, "новая, новой")).toEqual(["new:новая"]);
  });
});
