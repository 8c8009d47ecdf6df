import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findOfficeWords, findOfficials } from "../../../src/ingest/recognize/officials";

const hits = (text: string, on?: string) =>
  findOfficials(prepare(text), on).map((h) => `${h.code}:${h.person}:${h.office}:${h.withOffice ? "office" : "name"}`);

describe("findOfficials", () => {
  it("finds a person with their office in en, fr, ar, ru, es and de", ({ expect }) => {
    const bourita = "MA:nasser bourita:foreign-minister:office";
    expect(hits("Moroccan Foreign Minister Nasser Bourita received his guest.", "2025-02-28")).toEqual([bourita]);
    expect(
      hits("Le ministre marocain des Affaires étrangères, Nasser Bourita, a reçu son hôte.", "2025-02-28"),
    ).toEqual([bourita]);
    expect(hits("استقبل وزير الخارجية المغربي ناصر بوريطة نظيره", "2025-02-28")).toEqual([bourita]);
    expect(hits("Министр иностранных дел Марокко Насер Бурита принял гостя.", "2025-02-28")).toEqual([bourita]);
    expect(hits("El canciller marroquí, Nasser Bourita, recibió a su homólogo.", "2025-02-28")).toEqual([bourita]);
    expect(hits("Kasachstans Präsident Tokajew empfing den Gast.", "2025-02-28")).toEqual([
      "KZ:kassym-jomart tokayev:head-of-state:office",
    ]);
  });

  it("reads collegial heads of state and small states' office titles with their people, only while in office", ({
    expect,
  }) => {
    const on = "2025-05-10";
    expect(hits("Il Segretario di Stato per gli Affari Esteri Luca Beccari ha ricevuto", on)).toEqual([
      "SM:luca beccari:foreign-minister:office",
    ]);
    expect(hits("Captain Regent Denise Bronzetti welcomed the delegation.", on)).toEqual([
      "SM:denise bronzetti:head-of-state:office",
    ]);
    expect(hits("Captain Regent Denise Bronzetti welcomed the delegation.", "2025-11-02")).toEqual([]);
    expect(hits("Chairman of the Presidency Denis Bećirović said", on)).toEqual([
      "BA:denis becirovic:head-of-state:office",
    ]);
    expect(hits("Chair of the Council of Ministers Borjana Krišto said", on)).toEqual([
      "BA:borjana kristo:head-of-government:office",
    ]);
    expect(hits("Secretary for Relations with States Paul Richard Gallagher met", on)).toEqual([
      "VA:paul richard gallagher:foreign-minister:office",
    ]);
    expect(hits("Regierungschefin Brigitte Haas und Aussenministerin Sabine Monauni", on)).toEqual([
      "LI:brigitte haas:head-of-government:office",
      "LI:sabine monauni:foreign-minister:office",
    ]);
  });

  it("lets a country's name or demonym and a long title stand between the office and the name", ({ expect }) => {
    const on = "2025-02-28";
    const tokayev = "KZ:kassym-jomart tokayev:head-of-state:office";
    expect(hits("رئيس جمهورية كازاخستان قاسم جومارت توكاييف", on)).toEqual([tokayev]);
    expect(hits("Le chef de l'État kazakh, Kassym-Jomart Tokaïev, a salué", on)).toEqual([tokayev]);
    expect(hits("Президент Казахстана Касым-Жомарт Токаев заявил", on)).toEqual([tokayev]);
    expect(hits("U.S. Secretary of State Marco Rubio said", on)).toEqual(["US:marco rubio:foreign-minister:office"]);
    expect(hits("la presidente del Consiglio Giorgia Meloni ha detto", on)).toEqual([
      "IT:giorgia meloni:head-of-government:office",
    ]);
    expect(hits("o presidente Lula disse", on)).toEqual(["BR:luiz inacio lula da silva:head-of-state:office"]);
    expect(hits("وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج ناصر بوريطة", on)).toEqual([
      "MA:nasser bourita:foreign-minister:office",
    ]);
    expect(hits("وصل وزير خارجية كازاخستان مراد نورتليو", on)).toEqual(["KZ:murat nurtleu:foreign-minister:office"]);
    expect(hits("встреча главы МИД Казахстана Мурата Нуртлеу", on)).toEqual([
      "KZ:murat nurtleu:foreign-minister:office",
    ]);
    expect(hits("The Foreign Minister said on Friday that Bourita", on)).toEqual([
      "MA:nasser bourita:foreign-minister:name",
    ]);
  });

  it("takes an office written after the name as an apposition, not a verb's object", ({ expect }) => {
    expect(hits("Nasser Bourita, Morocco's foreign minister, spoke.", "2025-02-28")).toEqual([
      "MA:nasser bourita:foreign-minister:office",
    ]);
    expect(hits("بوريطة، وزير الخارجية، قال", "2025-02-28")).toEqual(["MA:nasser bourita:foreign-minister:office"]);
    expect(hits("Tokayev received Foreign Minister Bourita.", "2025-02-28")).toEqual([
      "KZ:kassym-jomart tokayev:head-of-state:name",
      "MA:nasser bourita:foreign-minister:office",
    ]);
  });

  it("counts a surname alone only when it is distinctive", ({ expect }) => {
    expect(hits("Lavrov and Fidan met in Antalya.", "2025-04-11")).toEqual([
      "RU:sergey lavrov:foreign-minister:name",
      "TR:hakan fidan:foreign-minister:name",
    ]);
    expect(hits("Лавров встретился с Фиданом.", "2025-04-11")).toEqual([
      "RU:sergey lavrov:foreign-minister:name",
      "TR:hakan fidan:foreign-minister:name",
    ]);
  });

  it("does not count an ambiguous surname alone, but counts the full name", ({ expect }) => {
    expect(hits("Sánchez and Albanese spoke; Wang said nothing; قال سعيد إن", "2024-05-01")).toEqual([]);
    expect(hits("Pedro Sánchez met Anthony Albanese and Wang Yi.", "2024-05-01")).toEqual([
      "ES:pedro sanchez:head-of-government:name",
      "AU:anthony albanese:head-of-government:name",
      "CN:wang yi:foreign-minister:name",
    ]);
    expect(hits("الرئيس التونسي قيس سعيد", "2024-05-01")).toEqual(["TN:kais saied:head-of-state:office"]);
  });

  it("drops a person outside their term, and keeps every term without a date", ({ expect }) => {
    expect(hits("Foreign Minister Blinken visited Rabat.", "2025-06-01")).toEqual([]);
    expect(hits("Foreign Minister Blinken visited Rabat.", "2023-06-01")).toEqual([
      "US:antony blinken:foreign-minister:office",
    ]);
    expect(hits("Chancellor Scholz and Chancellor Merz.", "2024-01-10")).toEqual([
      "DE:olaf scholz:head-of-government:office",
    ]);
    expect(hits("Rubio met Blinken.")).toEqual([
      "US:marco rubio:foreign-minister:name",
      "US:antony blinken:foreign-minister:name",
    ]);
  });

  it("picks the office the title names for someone holding two", ({ expect }) => {
    expect(hits("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani", "2024-01-01")).toEqual([
      "QA:mohammed bin abdulrahman:head-of-government:office",
    ]);
    expect(hits("Mohammed bin Abdulrahman, Qatar's foreign minister, said", "2024-01-01")).toEqual([
      "QA:mohammed bin abdulrahman:foreign-minister:office",
    ]);
  });

  it("does not take a former office as the person's", ({ expect }) => {
    expect(hits("Former President Trump spoke.")).toEqual(["US:donald trump:head-of-state:name"]);
    expect(hits("the former Tunisian Foreign Minister Othman Jerandi")).toEqual([
      "TN:othman jerandi:foreign-minister:name",
    ]);
    const words = findOfficeWords(prepare("الرئيس الأمريكي السابق, the former Prime Minister, бывшего президента"));
    expect(words.map((w) => `${w.kind}:${w.former}`)).toEqual([
      "head-of-state:true",
      "head-of-government:true",
      "head-of-state:true",
    ]);
  });
});
