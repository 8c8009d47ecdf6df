import { describe, it } from "vitest";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { prepare } from "../../../src/ingest/match/normalize";

/** The countries a phrase names (every counted mention), sorted. */
const named = (text: string) => [...new Set(findCountries(prepare(text)).mentions.map((m) => m.code))].sort();

// Short phrases in the project's own words, as journalists write the names (issue 10).
const NAMES: readonly (readonly [string, string, string])[] = [
  ["ru", "визит в Новую Зеландию", "NZ"],
  ["ru", "министр Северной Македонии", "MK"],
  ["ru", "в Центральноафриканской Республике", "CF"],
  ["ru", "делегация Объединенных Арабских Эмиратов", "AE"],
  ["ru", "переговоры с Соединенными Штатами", "US"],
  ["ru", "посол Соединенного Королевства", "GB"],
  ["ru", "Соединенное Королевство и Франция", "FR,GB"],
  ["ru", "визит в Южную Корею", "KR"],
  ["ru", "в Южной Корее", "KR"],
  ["ru", "правительство Экваториальной Гвинеи", "GQ"],
  ["ru", "премьер Папуа — Новой Гвинеи", "PG"],
  ["ru", "премьер Папуа-Новой Гвинеи", "PG"],
  ["ru", "президент Южного Судана", "SS"],
  ["ru", "в Демократической Республике Конго", "CD"],
  ["ru", "в Южно-Африканской Республике", "ZA"],
  ["ru", "в Доминиканской Республике", "DO"],
  ["ru", "в Нидерландах", "NL"],
  ["ru", "на Филиппинах", "PH"],
  ["ru", "Эмираты и", "AE"],
  ["ru", "в Эмиратах", "AE"],
  ["ru", "в Кыргызстане", "KG"],
  ["ru", "Тимор-Лешти", "TL"],
  ["ru", "со Святым Престолом", "VA"],
  ["ru", "в Саудовской Аравии", "SA"],
  ["ru", "в Нигерии", "NG"],
  ["ru", "на Мальдивах", "MV"],
  ["ru", "на Сейшелах", "SC"],
  ["ru", "Багамских Островов", "BS"],
  ["ru", "Маршалловых Островов", "MH"],
  ["ru", "Соломоновых Островах", "SB"],
  ["ru", "Коморских Островов", "KM"],
  ["ru", "Острова Зелёного Мыса", "CV"],
  ["ru", "отдых в Доминикане", "DO"],
  ["ru", "делегация Корейской Народно-Демократической Республики", "KP"],
  ["ru", "СРВ и", "VN"],
  ["ar", "ساحل العاج", "CI"],
  ["ar", "كوت ديفوار", "CI"],
  ["ar", "الكرسي الرسولي", "VA"],
  ["ar", "جمهورية الكونغو الديمقراطية", "CD"],
  ["ar", "الكونغو الديمقراطية", "CD"],
  ["es", "los Emiratos", "AE"],
  ["es", "Türkiye", "TR"],
  ["es", "Turquía", "TR"],
  ["es", "Santa Sede", "VA"],
  ["pt", "os Emirados", "AE"],
  ["pt", "Santa Sé", "VA"],
  ["fr", "les Émirats", "AE"],
  ["fr", "la RDC", "CD"],
  ["it", "gli Emirati", "AE"],
  ["de", "mit den Vereinigten Arabischen Emiraten", "AE"],
  ["de", "der Vereinigten Staaten", "US"],
  ["de", "im Vereinigten Königreich", "GB"],
  ["de", "der Republik Korea", "KR"],
  ["de", "mit dem Heiligen Stuhl", "VA"],
  ["en", "the Republic of Korea", "KR"],
  ["en", "Türkiye", "TR"],
  ["en", "Czechia", "CZ"],
  ["en", "Eswatini", "SZ"],
  ["en", "Cabo Verde", "CV"],
  ["en", "Burma", "MM"],
  ["en", "Lao PDR", "LA"],
  ["en", "Viet Nam", "VN"],
  ["en", "the Holy See", "VA"],
  ["en", "Congo-Brazzaville", "CG"],
  ["en", "the ROK and", "KR"],
  ["en", "KSA officials", "SA"],
  ["en", "the BiH presidency", "BA"],
  ["fr", "la RPC et", "CN"],
];

describe("country names that reports use, per language (issue 10)", () => {
  it.for(NAMES)("%s: %s names %s", ([, text, code], { expect }) => {
    expect(named(text)).toEqual(code.split(","));
  });
});

describe("a multi-word name beats its last word", () => {
  it.for([
    ["en", "Equatorial Guinea and Papua New Guinea", ["GQ", "PG"]],
    ["en", "South Sudan signed", ["SS"]],
    ["en", "the Dominican Republic", ["DO"]],
    ["en", "Dominica", ["DM"]],
    ["en", "Niger and Nigeria", ["NE", "NG"]],
    ["ru", "Экваториальной Гвинеи", ["GQ"]],
    ["ru", "Южного Судана", ["SS"]],
    ["ru", "Нигере", ["NE"]],
    ["ru", "Демократической Республикой Конго", ["CD"]],
    ["ru", "Республикой Конго", ["CG"]],
    ["fr", "la Guinée équatoriale", ["GQ"]],
    ["es", "Sudán del Sur", ["SS"]],
  ] as const)("%s: %s", ([, text, codes], { expect }) => {
    expect(named(text)).toEqual([...codes]);
  });

  // Regions named after a country (Northern Ireland, the island of New Guinea, Northern Cyprus) name none.
  it.for([
    "a visit to Northern Ireland; en Irlande du Nord; in Irlanda del Nord; en Irlanda del Norte",
    "na Irlanda do Norte; in Nordirland; في أيرلندا الشمالية; в Северной Ирландии",
    "the island of New Guinea; l'île de Nouvelle-Guinée; остров Новая Гвинея; Papua province",
    "the Turkish Republic of Northern Cyprus; a visit to Northern Cyprus; en Chypre du Nord",
    "Cipro del Nord; Chipre del Norte; Северный Кипр; قبرص الشمالية",
    "في خليج غينيا",
    "على ضفاف نهر النيجر",
    "im Golf von Guinea",
  ])("names no country in: %s", (text, { expect }) => {
    expect(named(text)).toEqual([]);
  });

  it("still reads the countries themselves", ({ expect }) => {
    expect(named("Ireland and the United Kingdom of Great Britain and Northern Ireland")).toEqual(["GB", "IE"]);
    expect(named("Papua New Guinea and Cyprus")).toEqual(["CY", "PG"]);
  });

  it("takes an ambiguous name or demonym with a state office (FICTIONAL phrases)", ({ expect }) => {
    expect(named("The Georgian Foreign Minister met his Peruvian counterpart.")).toEqual(["GE", "PE"]);
    expect(named("The Georgian Ministry of Foreign Affairs said so.")).toEqual(["GE"]);
    expect(named("Georgia's Prime Minister and Chad's President spoke; Jordan's King wrote.").join()).toBe("GE,JO,TD");
    expect(named("Georgia's Governor said Georgian peaches sell well.")).toEqual([]);
    // An outlet's name is not a demonym.
    expect(named("AzerNews reports, citing the ministry.")).toEqual([]);
  });

  it.for(["Georgia Governor Brian Kemp spoke.", "Michael Jordan and Chad Smith spoke.", "The Congo river.", "КР и"])(
    "never takes a bare ambiguous word alone: %s",
    (text, { expect }) => {
      expect(named(text)).toEqual([]);
    },
  );
});
