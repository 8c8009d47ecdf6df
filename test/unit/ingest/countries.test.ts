import { describe, it } from "vitest";
import data from "../../../seed/lexicons/countries.json";
import { findCountries, PAIR_MIN_SCORE, pairsOf } from "../../../src/ingest/recognize/countries";
import { prepare } from "../../../src/ingest/match/normalize";
import { ISO_ALPHA2 } from "../../../src/lib/iso3166";

const codesIn = (text: string, title?: string) =>
  findCountries(prepare(text), title ? prepare(title) : undefined).countries.map((c) => c.code);
const mentions = (text: string) =>
  findCountries(prepare(text)).countries.flatMap((c) => c.mentions.map((m) => `${c.code}:${m.text}`));

describe("the country lexicon", () => {
  it("only names ISO 3166-1 alpha-2 codes", ({ expect }) => {
    const sections = [data.exclude, data.ambiguous, data.names, data.demonyms, data.capitals] as unknown as Record<
      string,
      unknown
    >[];
    const codes = sections.flatMap((s) => Object.keys(s)).filter((k) => !k.startsWith("$"));
    const places = Object.entries(data.places)
      .filter(([k]) => !k.startsWith("$"))
      .map(([, p]) => (p as { country: string }).country);
    for (const code of [...codes, ...places]) expect(ISO_ALPHA2.has(code), code).toBe(true);
  });
});

describe("findCountries", () => {
  it.for([
    ["en", "Morocco and Kazakhstan; the Moroccan and Kazakh ministers; Kazakhstani grain, Moroccans."],
    ["fr", "Le Maroc et le Kazakhstan ; les ministres marocain et kazakh ; entreprises marocaines et kazakhstanaises."],
    ["it", "Il Marocco e il Kazakistan; i ministri marocchino e kazako; imprese marocchine e kazake."],
    ["es", "Marruecos y Kazajistán; los ministros marroquí y kazajo; empresas marroquíes y kazajas."],
    ["pt", "Marrocos e o Cazaquistão; os ministros marroquino e cazaque; empresas marroquinas."],
    ["de", "Marokko und Kasachstan; der marokkanische und der kasachische Minister; Marokkos Plan."],
    ["ru", "Марокко и Казахстан; марокканский и казахстанский министры; визит в Казахстане."],
    ["ar", "المغرب وكازاخستان؛ الوزير المغربي والوزير الكازاخستاني؛ للمملكة المغربية ولكازاخستان والمغاربة."],
  ] as const)("finds MA and KZ by name and demonym in %s", ([, text], { expect }) => {
    const found = findCountries(prepare(text)).countries;
    expect(found.map((c) => c.code).sort()).toEqual(["KZ", "MA"]);
    for (const c of found) expect(c.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it.for([
    ["fr", "Les ministres de la république démocratique du Congo se sont exprimés.", "CD"],
    ["fr", "Le président de la république dominicaine est arrivé.", "DO"],
    ["es", "El canciller de la república democrática del Congo llegó ayer.", "CD"],
    ["it", "Il ministro della repubblica democratica del Congo è arrivato.", "CD"],
    ["de", "Die Regierung der demokratischen Republik Kongos hat reagiert.", "CD"],
    ["de", "Der Minister der zentralafrikanischen Republik reiste ab.", "CF"],
    ["en", "The Democratic Republic of Congo has a new minister.", "CD"],
    ["en", "The Republic of Congo has a new minister.", "CG"],
  ] as const)(
    "%s: reads a state's name written in lower case or without its article (%s → %s)",
    ([, text, code], { expect }) => {
      expect(codesIn(text)).toEqual([code]);
    },
  );

  it("matches inflected Russian forms and Arabic words with clitics", ({ expect }) => {
    expect(mentions("Министр Казахстана прибыл в Рабат. В Казахстане и Марокко.").sort()).toEqual([
      "KZ:Казахстана",
      "KZ:Казахстане",
      "MA:Марокко",
      "MA:Рабат",
    ]);
    expect(mentions("وأكد بالرباط أن للمغرب وكازاخستان").sort()).toEqual(["KZ:وكازاخستان", "MA:بالرباط", "MA:للمغرب"]);
  });

  it("counts a seat of government as its capital, and a resort or other city not at all", ({ expect }) => {
    // Sentences of our own: the state is named only through the palace that stands for it.
    expect(mentions("Le président a reçu à l'Élysée son homologue.")).toEqual(["FR:Élysée"]);
    expect(mentions("Talks at the Kremlin and at the Casa Rosada.").sort()).toEqual(["AR:Casa Rosada", "RU:Kremlin"]);
    expect(mentions("В Акорде прошли переговоры.")).toEqual(["KZ:Акорде"]);
    const palace = findCountries(prepare("Talks at the Kremlin.")).countries[0]?.score ?? 0;
    const capital = findCountries(prepare("Talks in Moscow.")).countries[0]?.score ?? 0;
    expect(palace).toBe(capital);
    // Sochi and Davos host summits but do not stand for a state.
    expect(mentions("Talks in Sochi, then in Davos.")).toEqual([]);
  });

  it("takes capitals, including Astana's former names, as weak signals", ({ expect }) => {
    const found = findCountries(
      prepare("Talks in Astana. Later in Nur-Sultan, and نور سلطان, and Нур-Султане."),
    ).countries;
    expect(found).toHaveLength(1);
    expect(found[0]?.code).toBe("KZ");
    expect(found[0]?.mentions).toHaveLength(4);
    const byName = findCountries(prepare("Kazakhstan. Kazakhstan.")).countries[0]?.score ?? 0;
    const byCapital = findCountries(prepare("Astana. Astana.")).countries[0]?.score ?? 0;
    expect(byCapital).toBeLessThan(byName);
  });

  it("does not take ordinary words for countries", ({ expect }) => {
    expect(
      codesIn(
        "We roasted a turkey; the china was fine; la réunion s'est tenue; les ministres réunis; la riunione; the chile sauce.",
      ),
    ).toEqual([]);
    expect(codesIn("Chad Smith and Michael Jordan played in Georgia.")).toEqual([]);
    expect(codesIn("الدعم المالي وصلاة المغرب واتحاد المغرب العربي والعاصمة عمان")).toEqual([]);
    expect(codesIn("Latin America and New Mexico; us and them; Того же мнения.")).toEqual([]);
  });

  it("accepts an ambiguous name when the country is also named plainly", ({ expect }) => {
    expect(codesIn("Georgia's parliament met in Tbilisi.")).toEqual(["GE"]);
    expect(codesIn("Chad's president, a Chadian officer, spoke.")).toEqual(["TD"]);
    expect(codesIn("زار الوزير سلطنة عمان ثم عاد إلى عمان")).toEqual(["OM"]);
    // Réunion is not a UN member and its name is a word for 'meeting': never read (see the test below).
    expect(codesIn("La Réunion et l'île Maurice")).toEqual(["MU"]);
    expect(codesIn("US and U.S. officials; the UK and the USA.").sort()).toEqual(["GB", "US"]);
  });

  it("weighs the title and the lead more", ({ expect }) => {
    const body = `${"Filler sentence about nothing in particular. ".repeat(10)}Morocco was named here.`;
    const late = findCountries(prepare(body)).countries[0]?.score ?? 0;
    const inLead = findCountries(prepare(`Morocco was named here. ${body}`)).countries[0]?.score ?? 0;
    const inTitle = findCountries(prepare(body), prepare("Morocco")).countries[0]?.score ?? 0;
    expect(late).toBe(1);
    expect(inLead).toBe(2.5);
    expect(inTitle).toBe(3.5);
  });
});

describe("pairsOf", () => {
  const pair = (text: string, title?: string) =>
    pairsOf(findCountries(prepare(text), title ? prepare(title) : undefined).countries);

  it("gives the pair when two countries dominate", ({ expect }) => {
    expect(
      pair(
        "Kazakhstan supports Morocco. The Kazakh minister met his Moroccan counterpart. Morocco thanked Kazakhstan.",
      ),
    ).toEqual([{ key: "KZ-MA", score: 1 }]);
  });

  it("gives no pair for a country named once in passing", ({ expect }) => {
    const text =
      "Morocco's economy grew. Moroccan exports rose. Rabat said Morocco will invest. The minister had visited Kazakhstan in 2023.";
    expect(pair(text)).toEqual([]);
  });

  it("gives no pair when a third country is as salient", ({ expect }) => {
    expect(
      pair(
        "Morocco, Kazakhstan and Egypt met. Morocco, Kazakhstan and Egypt agreed. Morocco, Kazakhstan and Egypt signed.",
      ),
    ).toEqual([]);
  });

  it("needs both countries above the threshold", ({ expect }) => {
    expect(PAIR_MIN_SCORE).toBe(3);
    expect(pair("Filler. ".repeat(60).concat("Morocco and Kazakhstan."))).toEqual([]);
  });
});

describe("a country name that is not the country", () => {
  // FICTIONAL sentences written for this test.
  it.for([
    ["es", "La Reunión de Alto Nivel entre España y Marruecos se celebró en Madrid.", "RE"],
    ["fr", "La réunion de haut niveau s'est tenue à Rabat. La Réunion, elle, n'y était pas.", "RE"],
    ["pt", "O primeiro-ministro Luís Montenegro recebeu Lula em Lisboa.", "ME"],
    ["pt", "Lula agradeceu ao primeiro-ministro Montenegro pela visita.", "ME"],
    ["en", "Prime Minister Luis Montenegro met the Brazilian president.", "ME"],
    ["pt", "O primeiro-ministro de Portugal, Luís Montenegro, recebeu Lula. Montenegro elogiou o acordo.", "ME"],
    ["es", "Los dos países firmaron un acuerdo sobre el río Uruguay y sus puertos.", "UY"],
    ["en", "Barges on the Uruguay River carry grain to the sea.", "UY"],
    ["fr", "Le pont sur le fleuve Uruguay a été rouvert.", "UY"],
    ["en", "Both claim reefs in the South China Sea.", "CN"],
    ["es", "Ambos reclaman arrecifes en el mar de China Meridional.", "CN"],
    ["pt", "O Presidente timorense agradeceu o apoio, declarou, em português.", "PT"],
    ["en", "The communiqué was released in Spanish and English.", "ES"],
    ["fr", "Le texte, rédigé en langue française, a été lu à Dakar.", "FR"],
    ["pt", "Os países de língua portuguesa reúnem-se em Luanda.", "PT"],
    ["en", "Both leaders addressed Portuguese-speaking students in Dili.", "PT"],
    ["ru", "Документ составлен на казахском языке.", "KZ"],
    ["ar", "ألقى الوزير كلمته باللغة الفرنسية في الرباط.", "FR"],
  ] as const)("%s: %s is not %s", ([, text, code], { expect }) => {
    expect(codesIn(text)).not.toContain(code);
  });

  it("still reads the country beside such a feature or person", ({ expect }) => {
    expect(codesIn("Uruguay y Argentina firmaron un acuerdo sobre el río Uruguay.")).toContain("UY");
    expect(codesIn("Montenegro and Serbia signed a border agreement.")).toContain("ME");
    expect(codesIn("China y Vietnam se reunieron en Hanói.")).toContain("CN");
    // A demonym after "in" that qualifies a noun is the country's ("in Portuguese waters"), not a language.
    expect(codesIn("The ships waited in Portuguese waters for the inspection.")).toContain("PT");
    expect(codesIn("Die Delegation blieb auf deutschem Boden.")).toContain("DE");
  });
});
