import { describe, it } from "vitest";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { prepare } from "../../../src/ingest/match/normalize";

const codesIn = (text: string) =>
  findCountries(prepare(text))
    .countries.map((c) => c.code)
    .sort();

describe("countries named only by a demonym or a capital (issue 10)", () => {
  it.for([
    ["en demonyms", "Philippine and Vietnamese officials signed a memorandum on fisheries.", ["PH", "VN"]],
    ["en capital", "Talks opened in Minsk on Tuesday.", ["BY"]],
    ["es demonym", "El canciller bielorruso llegó el martes para una visita de dos días.", ["BY"]],
    ["it demonym", "Il ministro bielorusso e la delegazione vietnamita hanno firmato un accordo.", ["BY", "VN"]],
    ["pt demonym", "O chanceler filipino recebeu o embaixador vietnamita.", ["PH", "VN"]],
    ["fr demonyms", "Les ministres philippin et vietnamien se sont rencontrés.", ["PH", "VN"]],
    ["ar nisba with clitics", "أشاد الوزير بالعلاقات الفيتنامية والمغربية.", ["MA", "VN"]],
    ["ru case forms", "Переговоры с белорусской делегацией прошли в Ханое.", ["BY", "VN"]],
    ["de adjective", "Die belarussische Delegation reiste nach Hanoi.", ["BY", "VN"]],
    ["ru capital declined", "Министр прибыл в Брюссель, затем в Минске прошли переговоры.", ["BE", "BY"]],
  ] as const)("finds the country in %s", ([, text, codes], { expect }) => {
    expect(codesIn(text)).toEqual([...codes]);
  });

  it("does not attribute a demonym two countries share", ({ expect }) => {
    expect(codesIn("The Congolese delegation arrived; Dominican officials joined.")).toEqual([]);
    expect(codesIn("La délégation congolaise est arrivée.")).toEqual([]);
    expect(codesIn("Representatives met in Jerusalem.")).toEqual([]);
  });

  it("does not take an ambiguous demonym or capital alone", ({ expect }) => {
    expect(codesIn("Guinean officials and Georgian wine makers met.")).toEqual([]);
    expect(codesIn("Male voters in Santiago and Victoria; a file in Lima.")).toEqual([]);
    expect(codesIn("Macedonian cuisine and Central African forests.")).toEqual([]);
    expect(codesIn("خبراء ماليين والفريق الغاني")).toEqual([]);
  });

  it("takes an ambiguous form when its country is also named plainly", ({ expect }) => {
    expect(codesIn("Guinean officials said Guinea would host the summit in Conakry.")).toEqual(["GN"]);
    expect(codesIn("Chile's foreign minister spoke in Santiago.")).toEqual(["CL"]);
  });
});
