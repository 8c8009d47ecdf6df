import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { prepare } from "../../../src/ingest/match/normalize";
import { withOfficials } from "../../../src/ingest/recognize/country-officials";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { detectPairs } from "../../../src/ingest/recognize/pairs";
import { pairKey } from "../../../src/lib/pair-key";
import { PAIR_FIXTURES, qualityInput } from "./pair-fixtures";

const pairsOfText = async (text: string, extra: { title?: string; country?: string; url?: string } = {}) =>
  (await analyze({ text, publishedAt: "2026-03-10", ...extra })).pairs.map((p) => p.key);

describe("pair detection on the pattern fixtures", () => {
  it.for(Object.keys(PAIR_FIXTURES))("%s gives exactly its pairs", async (name, { expect }) => {
    const f = PAIR_FIXTURES[name];
    if (!f) throw new Error(`no fixture ${name}`);
    for (const key of f.expect.pairs) expect(pairKey(key.slice(0, 2), key.slice(3)), "canonical key").toBe(key);
    const a = await analyze(qualityInput(f));
    expect(a.pairs.map((p) => p.key).sort()).toEqual([...f.expect.pairs].sort());
  });

  it("ranks a digest's pairs best first", async ({ expect }) => {
    const f = PAIR_FIXTURES["en-digest"];
    if (!f) throw new Error("no digest fixture");
    const scores = (await analyze(qualityInput(f))).pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("structural cues", () => {
  it.for([
    ["en", "Officials said talks between Morocco and Kazakhstan went well on Monday. More talks are due.", "KZ-MA"],
    ["fr", "Le dialogue entre le Maroc et le Kazakhstan s'est poursuivi lundi. D'autres réunions suivront.", "KZ-MA"],
    ["it", "Il dialogo tra il Marocco e il Kazakistan è proseguito lunedì. Altri incontri seguiranno.", "KZ-MA"],
    ["es", "El diálogo entre Marruecos y Kazajistán continuó el lunes. Habrá más reuniones.", "KZ-MA"],
    ["pt", "O diálogo entre Marrocos e o Cazaquistão continuou na segunda-feira. Haverá mais reuniões.", "KZ-MA"],
    ["de", "Der Dialog zwischen Marokko und Kasachstan ging am Montag weiter. Weitere Treffen folgen.", "KZ-MA"],
    ["ru", "Диалог между Россией и Мавританией продолжился в понедельник. Новые встречи последуют.", "MR-RU"],
    ["ar", "تواصل الحوار بين المغرب وكازاخستان يوم الاثنين. وستعقد لقاءات أخرى.", "KZ-MA"],
  ] as const)("'between X and Y' in %s makes a two-sentence brief's pair", async ([, text, key], { expect }) => {
    expect(await pairsOfText(text)).toEqual([key]);
  });

  it("takes a dash between two names or demonyms as a pair", async ({ expect }) => {
    expect(
      await pairsOfText("Moroccan-Kazakh relations entered a new phase on Monday. Details were not given."),
    ).toEqual(["KZ-MA"]);
  });

  it("gives no pair for a list of three countries", async ({ expect }) => {
    expect(await pairsOfText("Morocco, Kazakhstan and Egypt met on Monday. They will meet again soon.")).toEqual([]);
  });

  it("gives no pair for a bond named only late in a long text", async ({ expect }) => {
    const filler = "The ministry published its yearly report on roads, schools and hospitals. ".repeat(20);
    expect(await pairsOfText(`${filler}Morocco and Kazakhstan were mentioned once.`)).toEqual([]);
  });
});

describe("the outlet's home country", () => {
  const text =
    "The President received on Monday the Kazakh foreign minister for talks on wheat and flights. The minister said Kazakhstan valued the visit.";

  it("completes a pair whose other side is clearly named", async ({ expect }) => {
    expect(await pairsOfText(text, { country: "EG" })).toEqual(["EG-KZ"]);
    expect(await pairsOfText(text, { url: "https://www.ahram.org.eg/x" })).toEqual(["EG-KZ"]);
  });

  it("reads 'the Kingdom' as home even when the country after it is where its embassy sits", async ({ expect }) => {
    const embassy =
      "The Kingdom's embassy in Russia said the visa waiver agreed between the two countries had not entered into force yet. The embassy will tell citizens when procedures in Russia are complete.";
    expect(await pairsOfText(embassy, { country: "SA" })).toEqual(["RU-SA"]);
    const sefara =
      "أكدت سفارة المملكة في روسيا أن الاتفاقية المبرمة بين البلدين للإعفاء من التأشيرات لم تدخل حيز التنفيذ بعد، وأن إجراءات البلدين لم تكتمل في روسيا.";
    expect(await pairsOfText(sefara, { country: "SA" })).toEqual(["RU-SA"]);
    // "the Kingdom of Spain" names Spain: no home reference.
    expect(
      await pairsOfText("The Kingdom of Spain said its embassy had received new visa rules. Spain will publish them.", {
        country: "SA",
      }),
    ).toEqual([]);
  });

  it("never makes a pair on its own", async ({ expect }) => {
    expect(await pairsOfText(text)).toEqual([]);
    expect(
      await pairsOfText("The President opened a new school on Monday. The Government praised the teachers.", {
        country: "EG",
      }),
    ).toEqual([]);
    // Only one foreign country, but no sign of the home country at all.
    expect(
      await pairsOfText("Kazakhstan's parliament passed a budget on Monday. Kazakhstan's deficit will narrow.", {
        country: "EG",
      }),
    ).toEqual([]);
  });
});

describe("officials as evidence of their country", () => {
  const text = "Foreign Minister Bourita received his Kazakh counterpart on Friday. The talks covered grain.";
  const doc = prepare(text);
  const at = text.indexOf("Bourita");
  const bourita = { code: "MA", withOffice: true, span: { start: at, end: at + 7, text: "Bourita" } };

  it("completes a pair named through an official and a counterpart", ({ expect }) => {
    const scan = findCountries(doc);
    expect(detectPairs(doc, scan).map((p) => p.key)).toEqual([]);
    const withBourita = withOfficials(doc, scan, [bourita]);
    expect(withBourita.countries.find((c) => c.code === "MA")?.mentions.map((m) => m.text)).toContain("Bourita");
    expect(detectPairs(doc, withBourita).map((p) => p.key)).toEqual(["KZ-MA"]);
  });

  it("counts a surname alone less than a name with its office", ({ expect }) => {
    const scan = findCountries(doc);
    const alone = withOfficials(doc, scan, [{ ...bourita, withOffice: false }]);
    const named = withOfficials(doc, scan, [bourita]);
    const score = (s: typeof scan) => s.countries.find((c) => c.code === "MA")?.score ?? 0;
    expect(score(alone)).toBeLessThan(score(named));
    expect(score(alone)).toBeGreaterThan(score(scan));
  });
});

describe("digests under pair headings", () => {
  it("gives the pair of each heading; one heading is an ordinary report of its pair", async ({ expect }) => {
    const story = (c: string) =>
      `Ministers signed a visa waiver for ordinary passports during a visit to ${c} this week.`;
    const digest = `Visa news this week\nMongolia – Uruguay\n${story("Mongolia")}\nUkraine – Peru & Ukraine – Uruguay\n${story("Ukraine")}\nGeorgia – Belarus`;
    // The last heading has no story under it.
    expect((await pairsOfText(digest)).sort()).toEqual(["MN-UY", "PE-UA", "UA-UY"]);
    expect(await pairsOfText(`Visa news this week\nMongolia – Uruguay\n${story("Uruguay")}`)).toEqual(["MN-UY"]);
  });
});

describe("a meeting of an organisation's member states", () => {
  // FICTIONAL sentences written for this test: the leaders of a regional organisation's member states meet; two of
  // them are named most, but no sentence says those two met, so the report is about no pair.
  it.for([
    [
      "en",
      "Leaders of the SCO member states adopted a declaration in Beijing. Russia's president praised it. China spoke first. China hosted, and Russia will follow.",
    ],
    [
      "fr",
      "Les dirigeants des États membres de l'OCS ont adopté une déclaration à Pékin. Le président de la Russie l'a saluée. La Chine a parlé la première. La Chine accueillait, la Russie suivra.",
    ],
    [
      "ru",
      "Лидеры государств — членов ШОС приняли декларацию в Пекине. Президент России назвал её важной. Китай выступил первым. Китай принимал встречу, Россия примет следующую.",
    ],
    [
      "es",
      "Los líderes de los Estados miembros de la OCS adoptaron una declaración en Pekín. El presidente de Rusia la celebró. China habló primero. China fue anfitriona y Rusia lo será.",
    ],
    [
      "de",
      "Die Staatschefs der SOZ-Mitgliedstaaten verabschiedeten in Peking eine Erklärung. Russlands Präsident lobte sie. China sprach zuerst. China war Gastgeber, Russland folgt.",
    ],
  ] as const)("gives no pair (%s)", async ([, text], { expect }) => {
    expect(await pairsOfText(text)).toEqual([]);
  });
});
