import { describe, it } from "vitest";
import { Lexicon, type LexiconEntry } from "../../../src/ingest/match/lexicon";
import { prepare } from "../../../src/ingest/match/normalize";

/** Entries from "lang:pattern=data" strings. */
const entries = (specs: readonly string[]): LexiconEntry<string>[] =>
  specs.map((s) => {
    const [, lang = "", pattern = "", data = ""] = /^(\w+):(.+)=(\w+)$/.exec(s) ?? [];
    return { pattern, lang, data };
  });
const find = (specs: readonly string[], text: string) =>
  new Lexicon(entries(specs))
    .match(prepare(text))
    .map((m) => `${m.data}:${m.span.text}`)
    .join("; ");

const RU_NAMES = [
  "ru:Новая Зеландия=NZ",
  "ru:Объединенные Арабские Эмираты=AE",
  "ru:Центральноафриканская Республика=CF",
  "ru:Святой Престол=VA",
  "ru:Нидерланды=NL",
  "ru:Соединенное Королевство=GB",
];
const ENDINGS_OF = [
  "ru:Гвинея=GN",
  "ru:Экваториальная Гвинея=GQ",
  "ru:Судан=SD",
  "ru:Южный Судан=SS",
  "ru:Нигер=NE",
  "ru:Нигерия=NG",
];

describe("inflection of multi-word patterns (issue 10)", () => {
  it.for([
    // A Russian multi-word name declines its adjectives in every case.
    [RU_NAMES, "в Новой Зеландии, с Новой Зеландией", "NZ:Новой Зеландии; NZ:Новой Зеландией"],
    [RU_NAMES, "из Объединенных Арабских Эмиратов", "AE:Объединенных Арабских Эмиратов"],
    [RU_NAMES, "с Объединенными Арабскими Эмиратами", "AE:Объединенными Арабскими Эмиратами"],
    [RU_NAMES, "в Центральноафриканской Республике", "CF:Центральноафриканской Республике"],
    [RU_NAMES, "со Святым Престолом, визит Святого Престола", "VA:Святым Престолом; VA:Святого Престола"],
    // Plural names in -ы and neuter nouns in -ство decline too.
    [RU_NAMES, "в Нидерландах, из Нидерландов, Нидерланды", "NL:Нидерландах; NL:Нидерландов; NL:Нидерланды"],
    [RU_NAMES, "посол Соединенного Королевства", "GB:Соединенного Королевства"],
    [RU_NAMES, "Соединенное Королевство", "GB:Соединенное Королевство"],
    // German strong adjectives of a name take their weak endings.
    [
      ["de:Vereinigtes Königreich=GB", "de:Heiliger Stuhl=VA"],
      "im Vereinigten Königreich; mit dem Heiligen Stuhl",
      "GB:Vereinigten Königreich; VA:Heiligen Stuhl",
    ],
    // The longer name beats its last word; of two readings of one word, the closer stem wins.
    [ENDINGS_OF, "из Экваториальной Гвинеи и Южного Судана", "GQ:Экваториальной Гвинеи; SS:Южного Судана"],
    [ENDINGS_OF, "в Гвинее, в Судане, в Нигерии, в Нигере", "GN:Гвинее; SD:Судане; NG:Нигерии; NE:Нигере"],
    // A bare foreign -и does not decline; a single word is no attribute.
    [["ru:Мали=ML"], "в Мали", "ML:Мали"],
    [["ru:новая=new"], "новая, новой", "new:новая"],
  ] as const)("%j in %s gives %s", ([specs, text, expected], { expect }) => {
    expect(find(specs, text)).toBe(expected);
  });
});

describe("plural endings by language", () => {
  it.for([
    // Italian forms no plural in -s: its "mai" (never) is no Portuguese "mais" (more).
    [["it:mai=never"], "assinaram mais um memorando; non è mai stato firmato", "never:mai"],
    // The plain -s languages and German keep theirs.
    [["pt:memorando=m", "en:agreement=a"], "memorandos, agreements", "m:memorandos; a:agreements"],
    [["de:Ruanda=RW"], "die Außenminister Ruandas", "RW:Ruandas"],
  ] as const)("%j in %s gives %s", ([specs, text, expected], { expect }) => {
    expect(find(specs, text)).toBe(expected);
  });
});
